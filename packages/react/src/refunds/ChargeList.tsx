import { type ChargeSummary, formatMoney } from '@pelago/connect-core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { VisuallyHidden } from '../a11y/VisuallyHidden';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { TextInput } from '../controls/TextInput';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { type ChargeListStatus, chargeListStatus, chargeStatusText } from './chargeStatus';
import { formatDate } from './formatDate';
import { loadErrorKey } from './refundErrorKeys';
import { type BadgeTone, StatusBadge } from './StatusBadge';
import { useCharges } from './useCharges';
import { useRefundMessages } from './useRefundMessages';

/** Props of {@link ChargeList}. */
export interface ChargeListProps {
  /** Called when the admin opens a charge (a click, or Enter or Space on its row's button). */
  onSelectCharge: (charge: ChargeSummary) => void;
  /** The charge shown next to the list, marked as current. */
  selectedChargeId?: string;
  /** Charges per page. Default 10. */
  pageSize?: number;
  /** How long typing pauses before the search runs, in milliseconds. Default 300. */
  searchDelay?: number;
  className?: string;
}

/**
 * The merchant's charges in a table (date, description, customer, amount, refunded, status),
 * newest first, with a search by charge id or order reference and previous and next pages.
 * Each row opens with its button, so the list works with a keyboard alone. On a narrow screen
 * the table scrolls sideways inside its own labelled region. Needs a provider with an
 * `endpoint` or a `client`.
 *
 * @example
 * <ChargeList selectedChargeId={selected} onSelectCharge={(charge) => setSelected(charge.id)} />
 */
export function ChargeList(props: ChargeListProps) {
  return (
    <KitRoot caller="ChargeList">
      <ChargeListView {...props} />
    </KitRoot>
  );
}

const statusTone: Record<ChargeListStatus, BadgeTone> = {
  succeeded: 'success',
  refunded: 'neutral',
  partially_refunded: 'neutral',
  pending: 'pending',
  failed: 'danger',
  disputed: 'attention',
  uncaptured: 'pending',
};

function ChargeListView({
  onSelectCharge,
  selectedChargeId,
  pageSize = 10,
  searchDelay = 300,
  className,
}: ChargeListProps) {
  const text = useRefundMessages('ChargeList');
  const { t, lang } = text;
  const id = useId();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const list = useCharges({ pageSize, query });
  const retryRef = useRef<HTMLButtonElement>(null);
  // Said once a page the admin asked for (a search, another page) has arrived.
  const [asked, setAsked] = useState(false);

  // Typing searches once it pauses; Enter searches at once (see `search`).
  useEffect(() => {
    if (typed.trim() === query) return;
    const timer = setTimeout(() => {
      setQuery(typed.trim());
      setAsked(true);
    }, searchDelay);
    return () => clearTimeout(timer);
  }, [typed, query, searchDelay]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === query) list.refresh();
    else setQuery(typed.trim());
    setAsked(true);
  };

  const announcement =
    asked && !list.loading && !list.error
      ? list.empty
        ? t(query ? 'chargeListNoMatch' : 'chargeListEmpty', { query })
        : t('chargeListResults', { count: list.charges.length, page: list.page })
      : '';

  const showRows = list.loaded || list.charges.length > 0;
  return (
    <Wrapper className={className} lang={text.fellBack ? 'en' : undefined}>
      <SearchForm role="search" onSubmit={search} aria-labelledby={`${id}searchLabel`}>
        <label id={`${id}searchLabel`} htmlFor={`${id}search`}>
          {t('chargeSearchLabel')}
        </label>
        <SearchRow>
          <TextInput
            id={`${id}search`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-describedby={`${id}searchHint`}
          />
          <Button type="submit">{t('chargeSearchButton')}</Button>
        </SearchRow>
        <Hint id={`${id}searchHint`}>{t('chargeSearchHint')}</Hint>
      </SearchForm>

      {list.error ? (
        <>
          <ErrorBox alert>{t(loadErrorKey(list.error.code))}</ErrorBox>
          <ButtonRow>
            <Button ref={retryRef} type="button" onClick={list.refresh}>
              {t('panelRetry')}
            </Button>
          </ButtonRow>
        </>
      ) : !showRows ? (
        <Muted aria-busy="true">{t('chargeListLoading')}</Muted>
      ) : list.empty ? (
        <Empty>
          <strong>{t(query ? 'chargeListNoMatch' : 'chargeListEmpty', { query })}</strong>
          <Muted>{t(query ? 'chargeListNoMatchBody' : 'chargeListEmptyBody')}</Muted>
        </Empty>
      ) : (
        <Scroller role="region" aria-labelledby={`${id}caption`} tabIndex={0}>
          <Table aria-busy={list.loading || undefined}>
            <caption id={`${id}caption`}>
              {t('chargeListLabel')}
              {list.loading && <VisuallyHidden> {t('chargeListLoading')}</VisuallyHidden>}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('columnDescription')}</th>
                <th scope="col">{t('columnDate')}</th>
                <th scope="col">{t('columnCustomer')}</th>
                <Numeric as="th" scope="col">
                  {t('columnAmount')}
                </Numeric>
                <Numeric as="th" scope="col">
                  {t('columnRefunded')}
                </Numeric>
                <th scope="col">{t('columnStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {list.charges.map((charge) => {
                const selected = charge.id === selectedChargeId;
                const status = chargeListStatus(charge);
                const money = (minor: number) => formatMoney(minor, charge.currency, lang);
                return (
                  <tr key={charge.id} data-selected={selected ? '' : undefined}>
                    <td>
                      <RowButton
                        type="button"
                        aria-current={selected ? 'true' : undefined}
                        onClick={() => onSelectCharge(charge)}
                      >
                        {charge.description || t('chargeNoDescription', { id: charge.id })}
                      </RowButton>
                    </td>
                    <td>{formatDate(charge.created, lang)}</td>
                    <td>{charge.receiptEmail ?? <Muted as="span">{t('noCustomer')}</Muted>}</td>
                    <Numeric>{money(charge.amount)}</Numeric>
                    <Numeric>
                      {charge.amountRefunded > 0 ? money(charge.amountRefunded) : '—'}
                    </Numeric>
                    <td>
                      <StatusBadge tone={statusTone[status]}>
                        {t(chargeStatusText[status])}
                      </StatusBadge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Scroller>
      )}

      {(list.hasPreviousPage || list.hasNextPage) && (
        <Paging aria-label={t('chargeListPage', { page: list.page })}>
          <Button
            type="button"
            aria-disabled={!list.hasPreviousPage || list.loading || undefined}
            onClick={() => {
              if (!list.hasPreviousPage || list.loading) return;
              setAsked(true);
              list.previousPage();
            }}
          >
            {t('chargeListPrevious')}
          </Button>
          <span>{t('chargeListPage', { page: list.page })}</span>
          <Button
            type="button"
            aria-disabled={!list.hasNextPage || undefined}
            onClick={() => {
              if (!list.hasNextPage) return;
              setAsked(true);
              list.nextPage();
            }}
          >
            {t('chargeListNext')}
          </Button>
        </Paging>
      )}
      <LiveRegion message={announcement} />
    </Wrapper>
  );
}

const Wrapper = styled.div`
  display: grid;
  gap: ${space(4)};
  width: 100%;
  min-width: 0;
`;

const SearchForm = styled.form`
  display: grid;
  gap: ${space(1)};
  max-width: 36rem;

  & > label {
    font-weight: 600;
  }
`;

const SearchRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(2)};

  & > input {
    flex: 1 1 12rem;
    width: auto;
  }
`;

const Hint = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;

const Muted = styled.p`
  color: var(--pelago-color-text-muted);
`;

const Empty = styled.div`
  display: grid;
  gap: ${space(1)};
  padding: ${space(5)};
  border: 1px dashed var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  text-align: center;
`;

const Scroller = styled.div`
  overflow-x: auto;
  background: var(--pelago-color-background);
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  ${focusRing}
`;

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-variant-numeric: tabular-nums;

  & caption {
    padding: ${space(3)} ${space(4)};
    font-weight: 700;
    text-align: start;
  }
  & th,
  & td {
    padding: ${space(2)} ${space(3)};
    border-block-start: 1px solid var(--pelago-color-border);
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
  }
  /* Descriptions wrap; the other cells keep one line and the table scrolls sideways. */
  & td:first-child {
    min-width: 12rem;
    white-space: normal;
  }
  & th {
    background: var(--pelago-color-surface);
    color: var(--pelago-color-text-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  & tbody tr {
    position: relative;
  }
  & tbody tr:hover {
    background: var(--pelago-color-surface);
  }
  & tbody tr[data-selected] {
    background: var(--pelago-color-surface);
    box-shadow: inset 4px 0 0 var(--pelago-color-primary);
  }
  [dir='rtl'] & tbody tr[data-selected] {
    box-shadow: inset -4px 0 0 var(--pelago-color-primary);
  }
  &[aria-busy='true'] tbody {
    opacity: 0.6;
  }
`;

const Numeric = styled.td`
  && {
    text-align: end;
    white-space: nowrap;
  }
`;

// The button covers its whole row, so a click anywhere on the row opens the charge too.
const RowButton = styled.button`
  && {
    color: var(--pelago-color-primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    ${focusRing}
  }
  &&::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  &&[aria-current='true'] {
    color: var(--pelago-color-text);
    text-decoration: none;
  }
`;

const Paging = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(3)};

  /* The button stays focusable, so focus is not lost on the first or last page. */
  & > button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
