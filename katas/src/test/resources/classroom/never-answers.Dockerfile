# It builds the app, then starts something that never listens on port 8080.
FROM debian:bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends golang-go \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY app/go.mod ./
COPY app/ ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/greeter .

FROM debian:bookworm-slim
COPY --from=build /out/greeter /greeter
USER 65532:65532
ENTRYPOINT ["sleep", "infinity"]
