// The site makes no request beyond its own files (tests/browser/test_tour.py checks every page).
// mkdocs-static-i18n points each <link rel="alternate" hreflang> at the same page in the other
// language, but Material fetches "sitemap.xml" under each of them as if it were a language root:
// two requests per page that end in 404. The language selector's own links already lead to the
// same page in the other language, and the served HTML keeps the head links for search engines;
// only the live copy goes, before Material reads it on DOMContentLoaded (this script runs
// earlier, at the end of <body>).
document.querySelectorAll('link[rel="alternate"][hreflang]').forEach((link) => link.remove());
