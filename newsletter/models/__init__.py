from .pages import NewsletterIndexPage, NewsletterIssuePage
from .sending import Delivery, Dispatch
from .subscribers import Subscriber, normalise_email

__all__ = [
    "Delivery",
    "Dispatch",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "Subscriber",
    "normalise_email",
]
