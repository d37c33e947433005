import type { Progress } from '~/lib/assessment/scoring';
import type { PillarLabel } from './types.ts';

interface Props {
  pillars: readonly PillarLabel[];
  current: number;
  progress: Progress;
  onSelect: (index: number) => void;
  /** Before hydration: in place but invisible and inert, so it appears without moving anything. */
  pending?: boolean;
}

/** The five pillars as steps the person can jump between, each with how many are answered. */
export function PillarSteps({ pillars, current, progress, onSelect, pending = false }: Props) {
  return (
    <nav class="asesmen-steps" aria-label="Pilar asesmen" data-pending={pending ? '' : undefined}>
      <ol>
        {pillars.map((pillar, index) => {
          const { answered, total } = progress.pillars[pillar.slug];
          const done = answered === total;
          return (
            <li key={pillar.slug}>
              <button
                type="button"
                disabled={pending}
                class={done ? 'is-done' : undefined}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                <span class="asesmen-step-letter" aria-hidden="true">
                  {pillar.letter}
                </span>
                <span class="asesmen-step-name">{pillar.name}</span>
                <span class="asesmen-step-count">
                  {answered}/{total}
                  <span class="visually-hidden"> terjawab{done ? ', selesai' : ''}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
