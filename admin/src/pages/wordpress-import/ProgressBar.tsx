import styled from 'styled-components';

/**
 * A progress bar that fills from the start of the line: the right in Arabic. The design system's
 * ProgressBar moves its fill with a left-to-right transform and has a fixed width, so this one sizes
 * the fill's `inline-size` instead (logical, so the same rule serves both directions).
 */
const Track = styled.div`
  display: flex;
  inline-size: 100%;
  block-size: ${({ theme }) => theme.spaces[2]};
  overflow: hidden;
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral150};
`;

const Fill = styled.div`
  block-size: 100%;
  background: ${({ theme }) => theme.colors.primary600};
  @media (prefers-reduced-motion: no-preference) {
    transition: inline-size 320ms ease-out;
  }
`;

/** `percent` (0–100) filled, announced to assistive technology as a progress bar named `label`. */
export function ProgressBar({ percent, label, valueText }: { percent: number; label: string; valueText: string }) {
  return (
    <Track role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={valueText} data-newsroom-import-progress={percent}>
      <Fill style={{ inlineSize: `${percent}%` }} />
    </Track>
  );
}
