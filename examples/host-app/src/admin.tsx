import type { KeyStatus } from '@pelago/connect-core';
import { usePelagoConnect } from '@pelago/connect-react';
import { es, esRefunds } from '@pelago/connect-react/locales/es';
import { fr, frRefunds } from '@pelago/connect-react/locales/fr';
import { ChargeList, RefundPanel } from '@pelago/connect-react/refunds';
import { useCallback, useEffect, useRef, useState } from 'react';
import { mountPage } from './mountPage';

// The organiser's orders and refunds.

/**
 * The admin page: once a key is connected, the merchant's charges, and the refund panel of the
 * one an admin opens. Without a key there is nothing to list: the page says so and links to the
 * setup page, where the merchant connects one.
 */
function AdminPage() {
  const { client } = usePelagoConnect();
  const [status, setStatus] = useState<KeyStatus | 'loading' | 'failed'>('loading');

  useEffect(() => {
    let current = true;
    client?.getKey().then(
      (answer) => current && setStatus(answer.status),
      () => current && setStatus('failed'),
    );
    return () => {
      current = false;
    };
  }, [client]);

  if (status === 'loading') return <p className="admin-note">Checking the Stripe connection…</p>;
  if (status === 'failed') {
    return (
      <p className="admin-note" role="alert">
        The Stripe connection could not be checked. Reload the page to try again.
      </p>
    );
  }
  if (!status.connected) {
    return (
      <section className="admin-note" aria-labelledby="not-connected">
        <h2 id="not-connected" className="admin-note-title">
          Stripe is not connected yet
        </h2>
        <p>
          Orders and refunds appear here once Acme Events' Stripe account is connected. Connect a
          restricted key on <a href="/">Payments setup</a>, then come back to this page.
        </p>
      </section>
    );
  }
  return <Orders />;
}

/** The charge list beside the refund panel of the charge that is open. */
function Orders() {
  const [chargeId, setChargeId] = useState<string>();
  // The list shows what was refunded when it loaded: after a refund it loads again on close.
  const [listVersion, setListVersion] = useState(0);
  const listStale = useRef(false);
  const listRef = useRef<HTMLDivElement>(null);

  // Where focus goes once the panel has closed: the charge's row, or the search of a list
  // that loads again.
  const focusAfterClose = useRef<HTMLElement | 'search' | null>(null);
  useEffect(() => {
    const target = focusAfterClose.current;
    if (!target) return;
    focusAfterClose.current = null;
    (target === 'search' ? listRef.current?.querySelector<HTMLElement>('input') : target)?.focus();
  });

  const close = useCallback(() => {
    const reload = listStale.current;
    listStale.current = false;
    const row = listRef.current?.querySelector<HTMLElement>('button[aria-current="true"]');
    focusAfterClose.current = reload || !row ? 'search' : row;
    setChargeId(undefined);
    if (reload) setListVersion((version) => version + 1);
  }, []);

  return (
    <div className={chargeId ? 'admin-layout with-panel' : 'admin-layout'}>
      <div className="admin-list" ref={listRef}>
        <ChargeList
          key={listVersion}
          onSelectCharge={(charge) => setChargeId(charge.id)}
          {...(chargeId ? { selectedChargeId: chargeId } : {})}
        />
      </div>
      {chargeId ? (
        <div className="admin-panel">
          <RefundPanel
            key={chargeId}
            chargeId={chargeId}
            autoFocus
            onRefunded={() => {
              listStale.current = true;
            }}
            onClose={close}
          />
        </div>
      ) : null}
    </div>
  );
}

// `?locale=fr|es` and `?theme=dark` as on the setup page.
mountPage(
  '/api/pelago',
  {
    fr: { ...fr, ...frRefunds },
    es: { ...es, ...esRefunds },
  },
  <AdminPage />,
);
