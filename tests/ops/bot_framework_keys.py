"""A stand-in for Microsoft's Bot Framework token signing: our own RSA key, served on 127.0.0.1.

botframework-connector validates an incoming `Authorization: Bearer` JWT against the keys listed
at an OpenID metadata URL (`ChannelValidation.open_id_metadata_endpoint`, default
login.botframework.com). Tests point that URL here, then sign tokens with `sign(...)`: the very
checks production runs (issuer, audience, serviceurl, expiry, key id, endorsements, signature)
decide, and nothing reaches the internet.

The SDK fetches the metadata with blocking `requests.get` from inside the event loop, so this
server runs in its own thread (an aiohttp server on the test's loop would deadlock).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"  # what the Bot Connector's tokens say (AuthenticationConstants)
KEY_ID = "jargon-test-key"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class SigningKeys:
    """Serves /openid (metadata) and /keys (JWKS with our public key, endorsed for msteams)."""

    def __init__(self, endorsements: tuple[str, ...] = ("msteams",)) -> None:
        """`endorsements`: the channels the key signs for (Microsoft's keys endorse directline, webchat...)."""
        self.key = new_key()
        self.requests = 0
        jwk = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        self._jwks = {"keys": [{**jwk, "kid": KEY_ID, "use": "sig", "endorsements": list(endorsements)}]}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-bot-framework-keys",
                                        daemon=True)

    @property
    def metadata_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/openid"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        keys = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                keys.requests += 1
                if self.path == "/openid":
                    body = {"issuer": ISSUER, "jwks_uri": keys.metadata_url.replace("/openid", "/keys"),
                            "id_token_signing_alg_values_supported": ["RS256"]}
                elif self.path == "/keys":
                    body = keys._jwks
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        return Handler

    def __enter__(self) -> SigningKeys:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def sign(self, *, audience: str, service_url: str, expires_in: int = 600, issuer: str = ISSUER,
             key: rsa.RSAPrivateKey | None = None, kid: str = KEY_ID) -> str:
        """A token shaped like the Bot Connector's (iss, aud = the bot's app id, serviceurl, nbf, exp)."""
        now = int(time.time())
        claims = {"iss": issuer, "aud": audience, "serviceurl": service_url, "nbf": now - 60, "iat": now - 60,
                  "exp": now + expires_in}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": kid})


def unsigned(*, audience: str, service_url: str) -> str:
    """alg "none": a token anyone can write."""
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": audience, "serviceurl": service_url, "nbf": now - 60, "exp": now + 600}
    return jwt.encode(claims, None, algorithm="none")
