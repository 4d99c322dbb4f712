import { useState } from 'react';
import type { RefObject } from 'react';
import { saveBlob } from '../ui/save-file';
import type { MapApi } from './GraphCanvas';

interface MapToolbarProps {
  api: RefObject<MapApi | null>;
  /** Base of the exported files' names, e.g. the community's slug. */
  fileName: string;
  /** Title written into the SVG. */
  title: string;
  /** A short line about what is drawn, e.g. "7 regions". */
  caption?: string;
}

/** Zoom, fit and export of the current view, as real buttons (keyboard and screen reader friendly). */
export function MapToolbar({ api, fileName, title, caption }: MapToolbarProps) {
  const [error, setError] = useState<string | null>(null);
  const exportPng = async () => {
    setError(null);
    try {
      const blob = await api.current?.png();
      if (blob) saveBlob(blob, `${fileName}-map.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const exportSvg = () => {
    setError(null);
    try {
      const svg = api.current?.svg(title);
      if (svg) saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}-map.svg`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map view">
      {caption && <span className="map-toolbar__title">{caption}</span>}
      <button type="button" onClick={() => api.current?.zoomBy(1.4)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => api.current?.zoomBy(1 / 1.4)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => api.current?.fit()}>
        Fit
      </button>
      <button type="button" onClick={() => void exportPng()} data-testid="export-png">
        PNG
      </button>
      <button type="button" onClick={exportSvg} data-testid="export-svg">
        SVG
      </button>
      {error && (
        <span className="map-toolbar__error" role="alert">
          Export failed: {error}
        </span>
      )}
    </div>
  );
}
