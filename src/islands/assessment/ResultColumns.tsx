import type { PillarLabel } from './types.ts';

/** The header cells of a table of results: what identifies a row, the index, the level, each pillar. */
export function ResultColumns({ first, pillars }: { first: string; pillars: readonly PillarLabel[] }) {
  return (
    <>
      <th scope="col">{first}</th>
      <th scope="col">Indeks</th>
      <th scope="col">Level</th>
      {pillars.map((p) => (
        <th scope="col" key={p.slug}>
          {p.name}
        </th>
      ))}
    </>
  );
}
