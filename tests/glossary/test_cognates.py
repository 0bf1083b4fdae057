"""Issue 13, over a real SQLite glossary: Spanish and Portuguese words for a glossary name's words, as colleagues type
them among English ones (glossary/cognates.py), read as the name, in English order; never an everyday word alone, a
verb or a slip of an acronym."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("virtualization", "Virtualization", "Running many imitated computers on one real one."),
    Term("observability", "Observability", "How well a system's outputs let you tell what is happening inside it."),
    Term("abstraction", "Abstraction", "Hiding how something works behind a simpler way of using it."),
    Term("container-image", "Container Image", "The packaged file a container is started from."),
    Term("kubernetes-operator", "Kubernetes Operator", "A program that runs an application on Kubernetes for you."),
    Term("opportunity-cost", "opportunity cost", "What you give up by choosing one option over the next best one."),
    Term("theory-x", "Theory X", "The view that staff dislike work and must be pushed to do it."),
    Term("product", "product", "Anything offered for sale to meet a need."),
    Term("paas", "PaaS", "Platform as a service: a hosted place to run your own code."),
    Term("vpn", "VPN", "A private, encrypted link into a network over the internet."),
    Term("firewall", "Firewall", "A filter that lets some network traffic through and stops the rest."),
    Term("waf", "WAF", "Web application firewall: a filter in front of a web site that stops attacks on it.",
         aliases=["Web Application Firewall"]),
    Term("conciliation", "conciliation", "Settling a dispute with the help of a neutral person."),
    Term("portability", "Portability", "How easily software moves from one platform to another."),
]

cognate = glossary_fixture("cognate", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("oq é virtualizaçao", "virtualization"),  # "-ção" typed without its tilde
    ("observabilidade é o que? é só monitoramento com nome chique?", "observability"),
    ("abstração em computação, qual a definição formal? preciso colocar no TCC", "abstraction"),
    ("imagem de container é o que exatamente? docker build gera uma, certo?", "container-image"),  # "<A> de <B>"
    ("operator de kubernetes, o que é?", "kubernetes-operator"),  # English words in Portuguese order
    ("que es el costo de oportunidad con un ejemplo de ventas si se puede", "opportunity-cost"),
    ("qué es la teoría x de mcgregor", "theory-x"),  # in English order already
    ("o que é firewall de aplicação web?", "waf"),  # "<A> de <B> <C>": C B A
])
def test_a_cognate_of_a_name_is_read_as_the_name(cognate: Glossary, text: str, expected: str) -> None:
    assert outcome(cognate, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "qué es lo que pasa con la vpn no conecta desde la mañana",  # "pasa" is no PaaS
    "el banco me activó two factor authentication y no entiendo",  # "activó" is no "active" of anything
    "o que é conciliação bancária?",  # a word of theirs after it makes another thing (bank reconciliation)
    "¿qué es la portabilidad numérica?",  # number portability, not software's
])
def test_an_everyday_cognate_or_a_verb_makes_no_name(cognate: Glossary, text: str) -> None:
    assert outcome(cognate, text)[0] not in ("answer", "ambiguous", "compare")
