import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderWidget } from './markup.js';

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
export const Listen: Story = {
  name: 'With one Listen button for the whole page (listen)',
  args: { listen: true, 'heading-level': 1 },
};
