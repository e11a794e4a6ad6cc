import { FileButton, type FileButtonProps } from '@mantine/core';
import { useRef } from 'react';

/**
 * A file picker that forgets each pick once it is handled, so the same file can be picked again
 * (importing the same package twice is a real step: it shows nothing changes). A plain file input
 * fires no change for the file it already holds.
 */
export function PickFile(props: FileButtonProps<false>) {
  const reset = useRef<() => void>(null);
  return (
    <FileButton
      {...props}
      resetRef={reset}
      onChange={(file) => {
        props.onChange(file);
        reset.current?.();
      }}
    />
  );
}
