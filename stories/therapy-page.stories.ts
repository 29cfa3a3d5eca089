import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listenStory, renderWidget } from './markup.js';

const meta: Meta = {
  title: 'Widgets/<therapy-page>',
  component: 'therapy-page',
  render: renderWidget('therapy-page'),
};
export default meta;

type Story = StoryObj;

export const Default: Story = { args: { topic: 'targeted-therapy', 'heading-level': 1 } };
export const WithIntroduction: Story = {
  name: 'With your own introduction (slot)',
  args: {
    'heading-level': 1,
    intro: "Your child's care team will tell you how this treatment fits their plan.",
    publisher: "Riverside Children's Hospital",
  },
};
export const Spanish: Story = { name: 'In Spanish (lang="es")', args: { lang: 'es', 'heading-level': 1 } };
export const HeadingLevel3: Story = {
  name: "Heading level 3 (its widgets' headings at 4)",
  args: { 'heading-level': 3 },
};
export const Listen: Story = listenStory('With one Listen button for the whole page (listen)', { 'heading-level': 1 });
export const ForChildren: Story = {
  name: 'For children (audience="child")',
  args: { audience: 'child', 'heading-level': 1 },
};
export const ForChildrenInSpanish: Story = {
  name: 'For children, in Spanish',
  args: { audience: 'child', lang: 'es', 'heading-level': 1 },
};
export const Reviewed: Story = {
  name: "With the publisher's own review (reviewed, reviewed-by)",
  args: {
    'heading-level': 1,
    publisher: "Riverside Children's Hospital",
    reviewed: '2026-12-01',
    'reviewed-by': "Riverside Children's Hospital patient education team",
  },
};
export const UnknownTopic: Story = { name: 'Unknown topic (fallback)', args: { topic: 'asthma', 'heading-level': 1 } };
export const BadHeadingLevel: Story = {
  name: 'Bad heading level (falls back to 2)',
  args: { 'heading-level': 'nine' },
};
export const BadEmergencyNumber: Story = {
  name: 'Bad emergency number (falls back to 911)',
  args: { 'emergency-number': 'call us', 'heading-level': 1 },
};
export const BadAudience: Story = {
  name: 'Bad audience (falls back to the text for families)',
  args: { audience: 'teens', 'heading-level': 1 },
};
