FROM debian:bookworm-slim
RUN apt-get update \
# the packages the build needs
    && apt-get install -y --no-install-recommends \
        ca-certificates \

        curl \
    && rm -rf /var/lib/apt/lists/*
