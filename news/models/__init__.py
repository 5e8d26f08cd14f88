from .pages import NewsArticlePage, NewsArticleRelatedMotion, NewsIndexPage

__all__ = ["NewsArticlePage", "NewsArticleRelatedMotion", "NewsIndexPage"]
