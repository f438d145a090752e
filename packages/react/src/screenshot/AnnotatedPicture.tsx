import { type CSSProperties, Fragment, type ReactNode } from 'react';
import { styled } from 'styled-components';
import type { AnnotationBox, ScreenshotAnnotation } from './ScreenshotAnnotation';

/** Props of {@link AnnotatedPicture}. */
export interface AnnotatedPictureProps {
  src?: string;
  alt: string;
  illustration?: ReactNode;
  annotations: ScreenshotAnnotation[];
  width?: number;
  height?: number;
  /** The region kept when the frame is narrow; needs `width` and `height` for the shape. */
  focus?: AnnotationBox;
  /** Whole picture, never cropped, at least this many CSS px wide (the enlarged view). */
  minWidth?: number;
}

/** Below this frame width the whole picture's text would be too small: show `focus` only. */
export const cropBelow = 480;

/**
 * The picture with its numbered markers and highlight boxes drawn over it. The markers are
 * hidden from assistive technology: the numbered list beside the picture carries their text.
 *
 * In a frame narrower than {@link cropBelow} px the picture is enlarged so that `focus` fills
 * the frame: markers and boxes, placed in percent of the whole picture, move with it.
 */
export function AnnotatedPicture({
  src,
  alt,
  illustration,
  annotations,
  width,
  height,
  focus,
  minWidth,
}: AnnotatedPictureProps) {
  const crop = focus && width && height ? cropStyle(focus, width / height) : undefined;
  return (
    <Frame
      data-crop={crop ? '' : undefined}
      data-enlarged={minWidth ? '' : undefined}
      style={{ ...crop, ...(minWidth ? { '--pelago-picture-min-width': `${minWidth}px` } : {}) }}
    >
      <Canvas data-picture-canvas="">
        {illustration ? (
          <Illustration role="img" aria-label={alt}>
            {illustration}
          </Illustration>
        ) : (
          <Image src={src} alt={alt} width={width} height={height} decoding="async" />
        )}
        {annotations.length > 0 && (
          <Overlay aria-hidden="true">
            {annotations.map((note, index) => (
              <Fragment key={note.id}>
                {note.box && (
                  <Box
                    data-annotation-box=""
                    style={{
                      left: `${note.box.x}%`,
                      top: `${note.box.y}%`,
                      width: `${note.box.width}%`,
                      height: `${note.box.height}%`,
                    }}
                  />
                )}
                <Marker data-annotation-marker="" style={{ left: `${note.x}%`, top: `${note.y}%` }}>
                  {index + 1}
                </Marker>
              </Fragment>
            ))}
          </Overlay>
        )}
      </Canvas>
    </Frame>
  );
}

/** The custom properties that place the whole picture so that `focus` fills the frame. */
function cropStyle(focus: AnnotationBox, aspect: number): CSSProperties {
  const fw = clampPercent(focus.width, 1);
  const fh = clampPercent(focus.height, 1);
  const fx = Math.min(clampPercent(focus.x, 0), 100 - fw);
  const fy = Math.min(clampPercent(focus.y, 0), 100 - fh);
  return {
    '--pelago-crop-aspect': `${(fw * aspect) / fh}`,
    '--pelago-crop-width': `${(100 / fw) * 100}%`,
    '--pelago-crop-left': `${(-fx / fw) * 100}%`,
    '--pelago-crop-top': `${(-fy / fh) * 100}%`,
  } as CSSProperties;
}

function clampPercent(value: number, least: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, least), 100) : least;
}

// A picture is not mirrored on right-to-left pages, so its overlay keeps physical positions.
const Frame = styled.div`
  position: relative;
  direction: ltr;
  overflow: hidden;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);

  &[data-enlarged] {
    min-width: var(--pelago-picture-min-width);
  }

  @container (max-width: ${cropBelow - 0.02}px) {
    &[data-crop]:not([data-enlarged]) {
      aspect-ratio: var(--pelago-crop-aspect);

      & > [data-picture-canvas] {
        position: absolute;
        left: var(--pelago-crop-left);
        top: var(--pelago-crop-top);
        width: var(--pelago-crop-width);
      }
    }
  }
`;

const Canvas = styled.div`
  position: relative;
`;

const Illustration = styled.div`
  & > svg {
    display: block;
    width: 100%;
    height: auto;
  }
`;

const Image = styled.img`
  && {
    display: block;
    width: 100%;
    height: auto;
  }
`;

const Overlay = styled.div`
  position: absolute;
  inset: 0;
  pointer-events: none;
`;

const Box = styled.span`
  position: absolute;
  border: 2px solid var(--pelago-color-primary);
  border-radius: 6px;
  box-shadow:
    0 0 0 2px var(--pelago-color-background),
    inset 0 0 0 1px var(--pelago-color-background);
`;

// Sized in px: the markers keep their size when the picture is scaled or cropped, and a
// host's root font size cannot shrink them.
const Marker = styled.span`
  position: absolute;
  display: grid;
  place-items: center;
  width: 24px;
  height: 24px;
  transform: translate(-50%, -50%);
  border-radius: 50%;
  background: var(--pelago-color-primary);
  color: var(--pelago-color-on-primary);
  box-shadow: 0 0 0 2px var(--pelago-color-background);
  font-size: 13px;
  font-weight: 700;
  line-height: 1;
  font-variant-numeric: tabular-nums;
`;
