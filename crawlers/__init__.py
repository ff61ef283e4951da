"""The xephang Scrapy project: the `news` spider, its settings, item pipeline and run helper."""
