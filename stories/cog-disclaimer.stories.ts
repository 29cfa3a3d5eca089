import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listenStory, renderWidget } from './markup.js';

const meta: Meta = {
  title: 'Widgets/<cog-disclaimer>',
  component: 'cog-disclaimer',
  render: renderWidget('cog-disclaimer'),
};
export default meta;

type Story = StoryObj;

export const Default: Story = { args: {} };
export const HeadingLevel3: Story = { name: 'Heading level 3', args: { 'heading-level': 3 } };
export const LocalEmergencyNumber: Story = {
  name: 'Local emergency number (999)',
  args: { 'emergency-number': '999' },
};
export const HospitalAndCopyright: Story = {
  name: 'Publisher and copyright',
  args: { publisher: "Riverside Children's Hospital", copyright: '© 2026 Licensed text owner' },
};
export const OtherOrganization: Story = {
  name: 'Another organization',
  args: { organization: 'Riverside Cancer Network' },
};
export const Spanish: Story = { name: 'In Spanish (lang="es")', args: { lang: 'es', 'emergency-number': '911' } };
export const OwnCredit: Story = {
  name: 'With your own credit line (slot)',
  args: { credit: 'Reproduced with permission.' },
};
export const BadEmergencyNumber: Story = {
  name: 'Bad emergency number (falls back to 911)',
  args: { 'emergency-number': 'call us' },
};
export const UnknownTopic: Story = { name: 'Unknown topic (the disclaimer still shows)', args: { topic: 'asthma' } };
export const Listen: Story = listenStory('With a Listen button (listen)');
export const ForChildren: Story = { name: 'For children (audience="child")', args: { audience: 'child' } };
export const Reviewed: Story = {
  name: "With the publisher's own review (reviewed, reviewed-by)",
  args: { reviewed: '2026-12-01', 'reviewed-by': "Riverside Children's Hospital patient education team" },
};
export const BadReviewDate: Story = {
  name: 'Review date that is not real (left out, with a warning)',
  args: { reviewed: '2026-02-30' },
};
