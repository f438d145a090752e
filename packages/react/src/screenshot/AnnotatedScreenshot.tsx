import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { VisuallyHidden } from '../a11y/VisuallyHidden';
import { useFormatMessage } from '../i18n/useMessages';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { AnnotatedPicture } from './AnnotatedPicture';
import type { ScreenshotAnnotation } from './ScreenshotAnnotation';
import { ZoomDialog } from './ZoomDialog';

/** Props of {@link AnnotatedScreenshot}. */
export interface AnnotatedScreenshotProps {
  /** URL of a screenshot. Give `src` or `illustration`. */
  src?: string;
  /** Inline artwork (usually an SVG element) drawn instead of an image. */
  illustration?: ReactNode;
  /** What the picture shows, for people who cannot see it. Required for both kinds. */
  alt: string;
  /** Numbered notes; their markers sit on the picture, their text in a list beside it. */
  annotations: ScreenshotAnnotation[];
  /** A caption under the picture and its notes. */
  caption?: ReactNode;
  /** Adds a button that opens the picture enlarged in a dialog. */
  zoomable?: boolean;
  /** Intrinsic size of `src`, so the page does not jump while it loads. */
  width?: number;
  height?: number;
  className?: string;
}

/**
 * A screenshot or illustration with numbered markers and highlight boxes, explained by a
 * numbered list beside it (below it in narrow spaces), inside a `<figure>`.
 *
 * @example
 * <AnnotatedScreenshot
 *   src="/shots/api-keys.png"
 *   alt="The API keys page of the Stripe Dashboard"
 *   annotations={[{ id: 'create', x: 82, y: 20, label: 'Press Create restricted key.' }]}
 *   zoomable
 * />
 */
export function AnnotatedScreenshot(props: AnnotatedScreenshotProps) {
  return (
    <KitRoot caller="AnnotatedScreenshot">
      <AnnotatedScreenshotView {...props} />
    </KitRoot>
  );
}

function AnnotatedScreenshotView({
  src,
  illustration,
  alt,
  annotations,
  caption,
  zoomable = false,
  width,
  height,
  className,
}: AnnotatedScreenshotProps) {
  const t = useFormatMessage('AnnotatedScreenshot');
  const [zoomed, setZoomed] = useState(false);
  const zoomButtonRef = useRef<HTMLButtonElement>(null);
  const wasZoomed = useRef(false);
  const captionId = useId();

  useEffect(() => {
    // Give focus back to the button that opened the dialog, but not on the first render.
    if (wasZoomed.current && !zoomed) zoomButtonRef.current?.focus();
    wasZoomed.current = zoomed;
  }, [zoomed]);

  const picture = { src, illustration, alt, annotations, width, height };
  return (
    <Figure
      className={className}
      data-pelago-screenshot=""
      aria-labelledby={caption ? captionId : undefined}
    >
      <Layout data-has-notes={annotations.length > 0 ? '' : undefined}>
        <PictureArea>
          <AnnotatedPicture {...picture} />
          {zoomable && (
            <ZoomButton
              ref={zoomButtonRef}
              type="button"
              aria-haspopup="dialog"
              onClick={() => setZoomed(true)}
            >
              <MagnifierIcon />
              <VisuallyHidden>{t('zoomOpen')}</VisuallyHidden>
            </ZoomButton>
          )}
        </PictureArea>
        <NoteList annotations={annotations} />
      </Layout>
      {caption && <Caption id={captionId}>{caption}</Caption>}
      {zoomed && (
        <ZoomDialog
          label={t('zoomDialogLabel', { alt })}
          closeLabel={t('zoomClose')}
          onClose={() => setZoomed(false)}
        >
          <AnnotatedPicture {...picture} />
          <NoteList annotations={annotations} />
        </ZoomDialog>
      )}
    </Figure>
  );
}

function NoteList({ annotations }: { annotations: ScreenshotAnnotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <Notes>
      {annotations.map((note, index) => (
        <Note key={note.id}>
          <NoteNumber aria-hidden="true">{index + 1}</NoteNumber>
          <span>{note.label}</span>
        </Note>
      ))}
    </Notes>
  );
}

function MagnifierIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12.5 12.5 17 17M8.5 6v5M6 8.5h5" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

const Figure = styled.figure`
  container-type: inline-size;
  width: 100%;
  display: grid;
  gap: ${space(3)};
  min-width: 0;
`;

const Layout = styled.div`
  display: grid;
  gap: ${space(3)} ${space(5)};
  align-items: start;

  @container (min-width: 40rem) {
    &[data-has-notes] {
      grid-template-columns: minmax(0, 3fr) minmax(12rem, 2fr);
    }
  }
`;

const PictureArea = styled.div`
  position: relative;
  min-width: 0;
`;

const ZoomButton = styled.button`
  && {
    position: absolute;
    inset-block-start: ${space(2)};
    inset-inline-end: ${space(2)};
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    border: 1px solid var(--pelago-color-border);
    border-radius: var(--pelago-border-radius);
    background: var(--pelago-color-background);
    color: var(--pelago-color-text);
    ${focusRing}

    &:hover {
      background: var(--pelago-color-surface);
    }
  }
`;

const Notes = styled.ol`
  && {
    display: grid;
    gap: ${space(2)};
  }
`;

const Note = styled.li`
  display: flex;
  gap: ${space(2)};
  align-items: baseline;
`;

const NoteNumber = styled.span`
  flex: none;
  display: inline-grid;
  place-items: center;
  min-width: 1.5rem;
  height: 1.5rem;
  border-radius: 50%;
  background: var(--pelago-color-primary);
  color: var(--pelago-color-on-primary);
  font-size: 0.8125rem;
  font-weight: 700;
  line-height: 1;
`;

const Caption = styled.figcaption`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;
