# A build step that never ends; the marker lets the test look for the loop among the host's processes.
FROM debian:bookworm-slim
RUN while true; do :; done # dojo-classroom-endless-build
