# Typos a parser must reject before anything is built.
FORM debian:bookworm AS build
RUN apt-get update &&
COPY --from= /out/greeter /greeter
