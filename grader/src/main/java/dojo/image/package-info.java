/**
 * Facts about a built image read from the engine's {@code docker save} stream: its layers, its merged filesystem,
 * the build tools left in it, and the ELF and dpkg details the checks need.
 *
 * <p>Everything here works on plain streams and bytes, so it is tested without a Docker engine. An image is streamed
 * once and never extracted; only metadata and the few heads of files that a {@link dojo.image.FileInterest} asks
 * for are kept on the heap.
 */
package dojo.image;
