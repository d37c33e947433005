import { changeSymbol, changeWords } from '~/lib/assessment/compare';

/** "▲ 8" for the eye, "naik 8" for screen readers, which read the triangles inconsistently. */
export function ChangeMark({ delta }: { delta: number }) {
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  return (
    <span class={`asesmen-change is-${direction}`} data-change={delta}>
      {' '}
      <span aria-hidden="true">{changeSymbol(delta)}</span>
      <span class="visually-hidden"> ({changeWords(delta)})</span>
    </span>
  );
}
