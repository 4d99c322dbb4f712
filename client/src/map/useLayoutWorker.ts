import type { Core, Position } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { LARGE_MAP } from './fcose-layout';
import type { LayoutInput, LayoutResult } from './fcose-layout';
import type { MapElement } from './build-elements';
import { anchorOf, clusterOf, EMPTY_CLUSTERS } from './cluster-boxes';
import type { RenderProfile } from './render-profile';

type Reply = { key: string; error?: string } & Partial<LayoutResult>;

/** What the layout places: people, and clusters folded into one node. */
const LEAVES = '[kind = "person"], [?collapsed]';

/**
 * What the worker needs: the clusters that hold people, and the people and folded clusters (with their drawn
 * size and position) from the graph; ties from the elements (on a large map they may not be drawn yet); the
 * empty clusters' anchors.
 */
export function layoutInputOf(cy: Core, elements: readonly MapElement[]): LayoutInput {
  const leaves = cy.nodes(LEAVES);
  const people = leaves.map((node) => ({
    id: node.id(),
    parent: clusterOf(node) ?? undefined,
    x: node.position('x'),
    y: node.position('y'),
    size: node.width(),
  }));
  const clusters = [...new Set(people.flatMap((p) => (p.parent ? [p.parent] : [])))];
  const empty = cy.nodes(EMPTY_CLUSTERS).map((box) => ({ id: box.id(), ...anchorOf(box) }));
  return {
    clusters,
    names: [...clusters, ...empty.map((e) => e.id)].map((id) => [id, String(cy.getElementById(id).data('label') ?? '')]),
    empty,
    people,
    ties: elements.flatMap((el) =>
      el.group === 'edges' ? [{ id: el.data.id, source: el.data.source, target: el.data.target, crossCluster: el.data.crossCluster }] : [],
    ),
  };
}

/**
 * Runs fcose in a Web Worker, one layout at a time: a newer request ends the one still running. The worker
 * is ended when the component unmounts.
 */
export function useLayoutWorker() {
  const workerRef = useRef<Worker | null>(null);
  useEffect(() => () => workerRef.current?.terminate(), []);

  return useMemo(
    () => ({
      available: (profile: RenderProfile, people: number) => profile.workerLayout && typeof Worker !== 'undefined' && people <= LARGE_MAP,
      run(key: string, cy: Core, elements: readonly MapElement[], done: (positions: Map<string, Position>, ms: number) => void) {
        workerRef.current?.terminate();
        const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
        workerRef.current = worker;
        const finish = (reply: Reply | null) => {
          worker.terminate();
          if (workerRef.current === worker) workerRef.current = null;
          if (reply?.ids && reply.xy) {
            const { ids, xy } = reply;
            done(new Map(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }])), reply.ms ?? 0);
          } else {
            // The discs stay: a usable picture, just not refined.
            console.warn('Map layout failed:', reply?.error ?? 'worker error');
            done(new Map(cy.nodes(LEAVES).map((node) => [node.id(), { ...node.position() }])), 0);
          }
        };
        worker.onmessage = (event: MessageEvent<Reply>) => finish(event.data);
        worker.onerror = () => finish(null);
        worker.postMessage({ key, input: layoutInputOf(cy, elements) });
      },
    }),
    [],
  );
}
