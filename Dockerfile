# Jargon Bot container: one process serving Slack (/slack/events), Teams (/api/messages) and /healthz.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 JARGON_DB=/data/jargon.db PORT=3000
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY glossary ./glossary
COPY adapters ./adapters
RUN pip install --no-cache-dir . && useradd --create-home jargon && mkdir /data && chown jargon /data
USER jargon
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT','3000'))"
STOPSIGNAL SIGTERM
CMD ["jargon", "serve"]
