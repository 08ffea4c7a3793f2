/// `<meta>` keys (lower-cased `name`/`property`, `dc:` written `dc.`) that carry a field, in the
/// order they are trusted. Evidence: the OpenGraph, Dublin Core, Highwire (`citation_*`),
/// Parse.ly, Sailthru and CMS tags of the development corpora (../shared/corpora).
enum MetadataKeys {
    static let publishedDate: [String] = [
        "article:published_time", "og:published_time", "article:published", "og:article:published_time",
        "published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "publication_date", "publication-date", "dc.date.issued", "dc.date", "dc.date.created", "dcterms.issued",
        "dcterms.created", "dcterms.date", "citation_publication_date", "citation_date", "citation_online_date",
        "parsely-pub-date", "sailthru.date", "article.published", "originalpublicationdate", "datecreated",
        "date.created", "creation_date", "created", "article_date_original", "cxenseparse:recs:publishtime",
        "og:pubdate", "releasedate", "release_date",
    ]

    static let modifiedDate: [String] = [
        "article:modified_time", "og:updated_time", "article:modified", "modified_time", "datemodified",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated", "updated_time",
        "sailthru.lastmodified", "parsely-updated-date",
    ]

    /// Yoast's `twitter:label1` values that mean `twitter:data1` is the author.
    static let authorLabels: Set<String> = [
        "written by", "verfasst von", "geschrieben von", "autor", "author", "écrit par", "escrito por", "scritto da",
        "geschreven door", "napisane przez",
    ]
}

extension MetadataKeys {
    static let siteName: [String] = [
        "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "citation_publisher",
        "publisher", "twitter:app:name:iphone",
    ]
    static let title: [String] = [
        "dc.title", "dcterms.title", "citation_title", "parsely-title", "sailthru.title", "title",
    ]
    static let description: [String] = [
        "dc.description", "dcterms.description", "dcterms.abstract", "citation_abstract", "sailthru.description",
    ]
    /// Author keys in the order they are trusted; values that are profile URLs are skipped.
    static let author: [String] = [
        "author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl",
    ]
}
