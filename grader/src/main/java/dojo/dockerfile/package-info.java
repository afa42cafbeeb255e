/**
 * Reads a Dockerfile the way Docker's BuildKit frontend does, from plain text and without a Docker engine: parser
 * directives, line continuations, comments, heredocs, flags, exec form, global ARGs in {@code FROM}, build stages and
 * the {@code COPY --from} links between them.
 *
 * <p>Start at {@link dojo.dockerfile.Dockerfile#parse(String)}.
 */
package dojo.dockerfile;
