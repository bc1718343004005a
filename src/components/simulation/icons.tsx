/** Control icons as inline SVG (no icon font, no emoji rendering differences between systems). */
import type { JSX } from 'preact';

const Icon = ({ d }: { d: string }): JSX.Element => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

export const PlayIcon = () => <Icon d="M4 2.5v11l9-5.5z" />;
export const PauseIcon = () => <Icon d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />;
export const StepNextIcon = () => <Icon d="M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z" />;
export const StepBackIcon = () => <Icon d="M13 2.5v11l-7-5.5zM2.5 2.5H5v11H2.5z" />;
export const ResetIcon = () => <Icon d="M2.5 2.5H5v11H2.5zM14 2.5v11L6 8z" />;
export const EndIcon = () => <Icon d="M2 2.5v11L10 8zM11 2.5h2.5v11H11z" />;
