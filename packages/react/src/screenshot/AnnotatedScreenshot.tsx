import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { DialogLoader, lazyDialog } from '../a11y/lazyDialog';
import { useFormatMessage } from '../i18n/useMessages';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { AnnotatedPicture } from './AnnotatedPicture';
import type { AnnotationBox, ScreenshotAnnotation } from './ScreenshotAnnotation';

// The enlarged view shows only after a press on "Enlarge picture", so its code is not part of
// the guide: it loads when the pointer or focus reaches the button, or at the press at the latest.
const zoomDialog = lazyDialog((controls) =>
  import('./ZoomDialog').then((module) => module.makeZoomDialog(controls)),
);

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
  /**
   * The notes are still on their way (the kit's own pictures load theirs with the picture):
   * their column is kept, so the picture does not move when they arrive.
   */
  notesLoading?: boolean;
  /** A caption under the picture and its notes. */
  caption?: ReactNode;
  /** Adds a button that opens the picture enlarged in a dialog. */
  zoomable?: boolean;
  /**
   * Intrinsic size of `src` (or of the illustration's canvas), so the page does not jump while
   * it loads and a `focus` crop keeps the picture's shape.
   */
  width?: number;
  height?: number;
  /**
   * The part of the picture to keep on narrow screens (in percent of the picture, like the
   * annotations): below 480 px the frame shows only this region, enlarged, so its text stays
   * readable; the markers move with it. Needs `width` and `height`. Put every marker inside it.
   */
  focus?: AnnotationBox;
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
  notesLoading = false,
  caption,
  zoomable = false,
  width,
  height,
  focus,
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

  const picture = { src, illustration, alt, annotations, width, height, focus };
  return (
    <Figure
      className={className}
      data-pelago-screenshot=""
      aria-labelledby={caption ? captionId : undefined}
    >
      <Layout data-has-notes={annotations.length > 0 || notesLoading ? '' : undefined}>
        <PictureArea>
          <AnnotatedPicture {...picture} />
          {zoomable && (
            // Under the picture, never over it: it cannot hide a marker or a control.
            <ZoomRow>
              <ZoomButton
                ref={zoomButtonRef}
                type="button"
                aria-haspopup="dialog"
                onClick={() => setZoomed(true)}
                onPointerEnter={zoomDialog.preload}
                onFocus={zoomDialog.preload}
              >
                <MagnifierIcon />
                <span>{t('zoomOpen')}</span>
              </ZoomButton>
            </ZoomRow>
          )}
        </PictureArea>
        <NoteList annotations={annotations} />
      </Layout>
      {caption && <Caption id={captionId}>{caption}</Caption>}
      {zoomed && (
        <DialogLoader dialog={zoomDialog} onUnavailable={() => setZoomed(false)}>
          <zoomDialog.Component
            label={t('zoomDialogLabel', { alt })}
            closeLabel={t('zoomClose')}
            onClose={() => setZoomed(false)}
          >
            <ZoomScroller>
              <AnnotatedPicture {...picture} minWidth={zoomedMinWidth} />
            </ZoomScroller>
            <NoteList annotations={annotations} />
          </zoomDialog.Component>
        </DialogLoader>
      )}
    </Figure>
  );
}

/**
 * The enlarged picture's least width: at least twice the picture in a desktop guide and well
 * over twice the cropped picture on a phone, where the dialog fills the screen and pans.
 */
const zoomedMinWidth = 1100;

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

// Notes beside the picture only when the picture keeps its whole width readable.
const Layout = styled.div`
  display: grid;
  gap: ${space(3)} ${space(5)};
  align-items: start;

  @container (min-width: 760px) {
    &[data-has-notes] {
      grid-template-columns: minmax(0, 3fr) minmax(12em, 2fr);
    }
  }
`;

// A container of its own: the crop follows the picture's width, not the figure's.
const PictureArea = styled.div`
  container-type: inline-size;
  display: grid;
  gap: ${space(2)};
  min-width: 0;
`;

const ZoomRow = styled.div`
  display: flex;
  justify-content: flex-end;
`;

const ZoomButton = styled.button`
  && {
    display: inline-flex;
    align-items: center;
    gap: ${space(2)};
    min-height: 2.75em;
    padding: ${space(1)} ${space(3)};
    border: 1px solid var(--pelago-color-border);
    border-radius: var(--pelago-border-radius);
    background: var(--pelago-color-background);
    color: var(--pelago-color-text);
    font-size: 0.875em;
    font-weight: 600;
    ${focusRing}

    &:hover {
      background: var(--pelago-color-surface);
    }
  }
`;

// The enlarged picture pans inside its own box, so the Close button stays in view.
const ZoomScroller = styled.div`
  overflow: auto;
  max-height: calc(100dvh - 10em);
  overscroll-behavior: contain;
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
  min-width: 24px;
  height: 24px;
  border-radius: 50%;
  background: var(--pelago-color-primary);
  color: var(--pelago-color-on-primary);
  font-size: 13px;
  font-weight: 700;
  line-height: 1;
`;

const Caption = styled.figcaption`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;
