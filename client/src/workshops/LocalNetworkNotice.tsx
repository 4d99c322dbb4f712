/**
 * Shown on the projector when phones in the room cannot open the join link: the app listens on this computer
 * only (a loopback HOST) and the page itself was opened at a loopback address.
 */
export function LocalNetworkNotice() {
  return (
    <div className="projector__network-warning" role="alert" data-testid="loopback-warning">
      <p>
        <strong>Phones cannot open this link yet:</strong> Tejido only listens on this computer.
        <span lang="es"> Los teléfonos aún no pueden abrir este enlace: Tejido solo escucha en esta computadora.</span>
      </p>
      <p>
        To serve the room, restart it on the Wi-Fi network with <code>HOST=0.0.0.0 npm start</code> (the QR code then shows this computer’s
        address on the network), or set <code>PUBLIC_URL</code> to the address phones open, e.g.{' '}
        <code>PUBLIC_URL=https://mapa.example.org</code>.
      </p>
    </div>
  );
}

const LOOPBACK_HOST = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/** Whether the page was opened at an address only this computer can reach. */
export const openedOnLoopback = (hostname: string) => LOOPBACK_HOST.test(hostname);
