/**
 * What `config.therapyWidgets` may hold, in the editor's configuration:
 * `ClassicEditor.create(element, { therapyWidgets: { topics: ['targeted-therapy'] } })`.
 */
export interface TherapyWidgetsConfig {
  /** The topics the form accepts. Default: the topics shipped with the library. */
  topics?: readonly string[];
}
