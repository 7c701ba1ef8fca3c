import { type DragEvent, useState } from 'react';

// Our own type, so that files dragged in from the desktop (useFileDrop) and text dragged out of a
// field are never taken for a photo being moved.
const TYPE = 'application/x-eg-studio-photo';

/** Where a dragged photo would land: before or after the photo at `index`. */
interface DropTarget {
  index: number;
  after: boolean;
}

const carriesPhoto = (event: DragEvent) => event.dataTransfer.types.includes(TYPE);

/**
 * Reordering photos with the mouse, by native drag and drop: a photo's file row is the handle
 * (its fields stay selectable), each list item a drop target showing where the photo would go.
 * Keyboard users have the move buttons.
 */
export function usePhotoDrag(onMove: (from: number, before: number) => void) {
  const [target, setTarget] = useState<DropTarget | undefined>(undefined);
  const handle = (index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData(TYPE, String(index));
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragEnd: () => setTarget(undefined),
  });
  const dropTarget = (index: number) => ({
    'data-drop': target?.index === index ? (target.after ? 'after' : 'before') : undefined,
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!carriesPhoto(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      if (target?.index !== index || target.after !== after) setTarget({ index, after });
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      // Moving onto a child of the item leaves the item too, by the event's reckoning.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTarget(undefined);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!carriesPhoto(event)) return;
      event.preventDefault();
      const box = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      setTarget(undefined);
      onMove(Number(event.dataTransfer.getData(TYPE)), after ? index + 1 : index);
    },
  });
  return { handle, dropTarget };
}
