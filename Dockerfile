# claimbot: the Discord bot in a container.
#
#   docker build -t claimbot .
#   docker run -d --name claimbot --restart unless-stopped \
#       --env-file .env -v claimbot-data:/data claimbot
#
# The database lives on the /data volume; settings come from the environment
# (DISCORD_TOKEN, CLAIMBOT_*). `docker stop` sends SIGTERM: the bot logs out
# and closes the database cleanly.

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CLAIMBOT_DB=/data/claimbot.db

# An unprivileged user that owns only the data folder.
RUN groupadd --system --gid 10001 claimbot \
 && useradd --system --uid 10001 --gid claimbot --create-home --home-dir /home/claimbot claimbot \
 && mkdir -p /data \
 && chown claimbot:claimbot /data

# Only what the package needs (the claim base and its source documents are bundled into it).
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot/ bot/
COPY knowledge/ knowledge/
COPY seeds/ seeds/
RUN pip install . \
 && cd / && rm -rf /src

USER claimbot
WORKDIR /home/claimbot
VOLUME ["/data"]

CMD ["claimbot", "run"]
