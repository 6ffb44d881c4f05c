// Native builds only: HTML bytes -> Article, through the Gumbo front end.
#include "api/article.hpp"
#include "extract/html.hpp"

namespace precis {

Article extract_html(std::string_view html, std::size_t max_bytes) {
    detail::Page page;
    if (auto problem = detail::parse_html(html, max_bytes, page)) throw Error(Error::Kind::input, *problem);
    Article article;
    if (auto problem = detail::find_article(page, article)) throw Error(Error::Kind::input, *problem);
    return article;
}

}  // namespace precis
