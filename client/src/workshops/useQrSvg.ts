import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of `text` as SVG markup, or null while it is being drawn. */
export function useQrSvg(text: string): string | null {
  const [drawn, setDrawn] = useState<{ text: string; svg: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Medium error correction survives a projector's glare and keystone; a 1-module margin, the page adds white.
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } })
      .then((svg) => {
        if (!cancelled) setDrawn({ text, svg });
      })
      .catch(() => {
        // Only a text too long for a QR code fails; the link and the code are shown in words anyway.
      });
    return () => {
      cancelled = true;
    };
  }, [text]);

  return drawn?.text === text ? drawn.svg : null;
}
