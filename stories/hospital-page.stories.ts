import type { Meta, StoryObj } from '@storybook/web-components-vite';

/** The widgets as families meet them: inside a hospital's own content page, with its own CSS. */
const meta: Meta = {
  title: 'Examples/Hospital content page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const HospitalPage: StoryObj = {
  name: 'Targeted therapy page at a hospital',
  render: () => `
<style>
  .hospital { font-family: Georgia, 'Times New Roman', serif; color: #222; background: #f6f1e9; }
  .hospital header { background: #0b4f6c; color: #fff; padding: 1rem 1.5rem; font-size: 1.3rem; font-weight: bold; }
  .hospital main { max-width: 50rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
</style>
<div class="hospital">
  <header>Riverside Children's Hospital</header>
  <main>
    <h1>Targeted therapy</h1>
    <p>Your child's care team will talk with you about each treatment. This page can help you get ready for that talk.</p>
    <therapy-overview heading-level="2"></therapy-overview>
    <how-it-works heading-level="2"></how-it-works>
    <side-effect-card heading-level="2"></side-effect-card>
    <cog-disclaimer heading-level="2" publisher="Riverside Children's Hospital"></cog-disclaimer>
  </main>
</div>`,
};
