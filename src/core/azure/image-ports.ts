/** Ports for images: Compute Gallery, managed images, Azure Image Builder (issue #4). */
export type ImagePorts = Record<never, never>;
