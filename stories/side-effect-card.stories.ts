import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listenStory, renderWidget } from './markup.js';

const meta: Meta = {
  title: 'Widgets/<side-effect-card>',
  component: 'side-effect-card',
  render: renderWidget('side-effect-card'),
};
export default meta;

type Story = StoryObj;

export const Default: Story = { args: { topic: 'targeted-therapy' } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };
export const Spanish: Story = { name: 'In Spanish (lang="es")', args: { lang: 'es' } };
export const OwnWarning: Story = {
  name: 'With your own allergy warning (slot)',
  args: { 'allergy-warning': 'Call the oncology clinic right away if you notice a reaction.' },
};
export const UnknownTopic: Story = { name: 'Unknown topic (fallback)', args: { topic: 'asthma' } };
export const Listen: Story = listenStory('With a Listen button (listen)');
export const ForChildren: Story = { name: 'For children (audience="child")', args: { audience: 'child' } };
