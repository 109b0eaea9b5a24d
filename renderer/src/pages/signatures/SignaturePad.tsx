import { Box, Button, Group, Text } from '@mantine/core';
import { IconArrowBackUp, IconEraser } from '@tabler/icons-react';
import { useCallback, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { drawStroke } from './signatureStrokes';
import type { Stroke } from './signatureStrokes';

interface SignaturePadProps {
  strokes: Stroke[];
  onChange(strokes: Stroke[]): void;
  height?: number;
}

/**
 * Draw with a mouse, a pen or a finger: pointer events cover all three, and `touch-action: none`
 * keeps the page from scrolling while signing. Keyboard users import an image instead.
 */
export function SignaturePad({ strokes, onChange, height = 200 }: SignaturePadProps) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<Stroke | null>(null);

  const redraw = useCallback(
    (extra?: Stroke) => {
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      const ratio = window.devicePixelRatio || 1;
      const { width, height: cssHeight } = canvas.getBoundingClientRect();
      if (canvas.width !== Math.round(width * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(cssHeight * ratio);
      }
      context.clearRect(0, 0, canvas.width, canvas.height);
      for (const stroke of extra ? [...strokes, extra] : strokes) drawStroke(context, stroke, ratio);
    },
    [strokes],
  );

  useEffect(() => {
    redraw();
    const onResize = () => redraw();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [redraw]);

  const pointAt = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top, pressure: event.pointerType === 'mouse' ? 0.5 : event.pressure };
  };

  return (
    <Box>
      <Box
        component="canvas"
        ref={canvasRef}
        role="img"
        aria-label={t('signatures.padLabel')}
        data-testid="signature-pad"
        style={{
          width: '100%',
          height,
          display: 'block',
          touchAction: 'none',
          cursor: 'crosshair',
          border: '1px dashed var(--mantine-color-gray-5)',
          borderRadius: 'var(--mantine-radius-md)',
          background: 'repeating-linear-gradient(transparent 0 calc(100% - 36px), var(--mantine-color-gray-3) calc(100% - 36px) calc(100% - 35px), transparent calc(100% - 35px))',
        }}
        onPointerDown={(event: ReactPointerEvent<HTMLCanvasElement>) => {
          if (event.button !== 0 && event.pointerType === 'mouse') return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = [pointAt(event)];
          redraw(drawing.current);
        }}
        onPointerMove={(event: ReactPointerEvent<HTMLCanvasElement>) => {
          if (!drawing.current) return;
          // Coalesced events keep fast pen strokes smooth.
          const events = event.nativeEvent.getCoalescedEvents?.() ?? [event.nativeEvent];
          const rect = event.currentTarget.getBoundingClientRect();
          for (const e of events) {
            drawing.current.push({ x: e.clientX - rect.left, y: e.clientY - rect.top, pressure: e.pointerType === 'mouse' ? 0.5 : e.pressure });
          }
          redraw(drawing.current);
        }}
        onPointerUp={() => {
          if (!drawing.current) return;
          const stroke = drawing.current;
          drawing.current = null;
          onChange([...strokes, stroke]);
        }}
        onPointerCancel={() => {
          drawing.current = null;
          redraw();
        }}
      />
      <Group justify="space-between" mt="xs">
        <Text size="sm" c="dimmed">
          {t('signatures.padHint')}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconArrowBackUp size={16} aria-hidden />} disabled={strokes.length === 0} onClick={() => onChange(strokes.slice(0, -1))}>
            {t('signatures.undo')}
          </Button>
          <Button variant="default" size="xs" leftSection={<IconEraser size={16} aria-hidden />} disabled={strokes.length === 0} onClick={() => onChange([])}>
            {t('signatures.clear')}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
