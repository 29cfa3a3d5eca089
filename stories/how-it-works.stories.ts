import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listenStory, renderWidget } from './markup.js';

const meta: Meta = {
  title: 'Widgets/<how-it-works>',
  component: 'how-it-works',
  render: renderWidget('how-it-works'),
};
export default meta;

type Story = StoryObj;

export const Default: Story = { args: { topic: 'targeted-therapy' } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };
export const Spanish: Story = { name: 'In Spanish (lang="es")', args: { lang: 'es' } };
export const OwnCaption: Story = {
  name: 'With your own caption (slot)',
  args: { 'caption-1': 'Your own words for the first picture.' },
};
export const UnknownTopic: Story = { name: 'Unknown topic (fallback)', args: { topic: 'asthma' } };
export const Listen: Story = listenStory('With a Listen button (listen)');
export const ForChildren: Story = { name: 'For children (audience="child")', args: { audience: 'child' } };
