import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listenStory, renderWidget } from './markup.js';

const meta: Meta = {
  title: 'Widgets/<therapy-overview>',
  component: 'therapy-overview',
  render: renderWidget('therapy-overview'),
};
export default meta;

type Story = StoryObj;

export const Default: Story = { args: { topic: 'targeted-therapy' } };
export const HeadingLevel3: Story = { name: 'Heading level 3', args: { 'heading-level': 3 } };
export const HeadingLevel6: Story = { name: 'Heading level 6 (sub-headings stay at h6)', args: { 'heading-level': 6 } };
export const Spanish: Story = { name: 'In Spanish (lang="es")', args: { lang: 'es' } };
export const OwnText: Story = {
  name: 'With your own text (slot)',
  args: { 'what-it-is': 'Your licensed wording about what targeted therapy is goes here.' },
};
export const UnknownTopic: Story = { name: 'Unknown topic (fallback)', args: { topic: 'asthma' } };
export const BadHeadingLevel: Story = {
  name: 'Bad heading level (falls back to 2)',
  args: { 'heading-level': 'nine' },
};
export const Listen: Story = listenStory('With a Listen button (listen)');
export const ForChildren: Story = { name: 'For children (audience="child")', args: { audience: 'child' } };
