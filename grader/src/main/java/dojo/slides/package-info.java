/**
 * The instructor deck: {@code slides/deck.md} rendered with reveal.js into one self-contained HTML file, with the
 * before-and-after slides and size charts generated from the catalogue's measurements.
 */
package dojo.slides;
