import type { Meta, StoryObj } from '@storybook/react-vite';

const meta: Meta = { title: 'Foundation/Smoke' };
export default meta;

export const Renders: StoryObj = { render: () => <button type="button">Hello</button> };
