# The reference solution without its USER line: fails only the non-root check.
FROM debian:bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends golang-go \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY app/go.mod ./
COPY app/ ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/greeter .

FROM scratch
COPY --from=build /out/greeter /greeter
EXPOSE 8080
ENTRYPOINT ["/greeter"]
