import { Fragment, type ReactNode } from 'react';
import { styled } from 'styled-components';
import type { ScreenshotAnnotation } from './ScreenshotAnnotation';

/** Props of {@link AnnotatedPicture}. */
export interface AnnotatedPictureProps {
  src?: string;
  alt: string;
  illustration?: ReactNode;
  annotations: ScreenshotAnnotation[];
  width?: number;
  height?: number;
}

/**
 * The picture with its numbered markers and highlight boxes drawn over it. The markers are
 * hidden from assistive technology: the numbered list beside the picture carries their text.
 */
export function AnnotatedPicture({
  src,
  alt,
  illustration,
  annotations,
  width,
  height,
}: AnnotatedPictureProps) {
  return (
    <Frame>
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
                  style={{
                    left: `${note.box.x}%`,
                    top: `${note.box.y}%`,
                    width: `${note.box.width}%`,
                    height: `${note.box.height}%`,
                  }}
                />
              )}
              <Marker style={{ left: `${note.x}%`, top: `${note.y}%` }}>{index + 1}</Marker>
            </Fragment>
          ))}
        </Overlay>
      )}
    </Frame>
  );
}

// A picture is not mirrored on right-to-left pages, so its overlay keeps physical positions.
const Frame = styled.div`
  position: relative;
  direction: ltr;
  overflow: hidden;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
`;

const Illustration = styled.div`
  & > svg {
    width: 100%;
    height: auto;
  }
`;

const Image = styled.img`
  && {
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
  border-radius: 4px;
  box-shadow:
    0 0 0 2px var(--pelago-color-background),
    inset 0 0 0 1px var(--pelago-color-background);
`;

const Marker = styled.span`
  position: absolute;
  display: grid;
  place-items: center;
  width: 1.5rem;
  height: 1.5rem;
  transform: translate(-50%, -50%);
  border-radius: 50%;
  background: var(--pelago-color-primary);
  color: var(--pelago-color-on-primary);
  box-shadow: 0 0 0 2px var(--pelago-color-background);
  font-size: 0.8125rem;
  font-weight: 700;
  line-height: 1;
  font-variant-numeric: tabular-nums;
`;
