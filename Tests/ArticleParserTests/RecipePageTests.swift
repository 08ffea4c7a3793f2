import ArticleParser
import Testing

/// Recipe pages set the ingredients in a box of their own beside the method: short lines of
/// amounts and names that read as furniture on their own, but are the recipe as much as its steps.
@Suite("Content extraction: recipe pages")
struct RecipePageTests {
    private static let method = [
        "Heat the oven to 180 degrees and butter a loaf tin of about twenty-five centimetres.",
        "Beat the butter with the sugar until pale, then stir in the eggs one by one and the grated lemon zest.",
        "Fold in the flour, pour the batter into the tin and bake for fifty minutes, until a skewer comes out clean.",
    ]

    private static func page(ingredientsBox: String, sidebar: String = "") -> String {
        """
        <html><head><script>window.dataLayer = [];</script></head><body>
        <header class="site-header"><nav class="main-menu"><a href="/">Home</a> <a href="/baking">Baking</a></nav></header>
        <main><h1>Lemon loaf cake</h1>
        <div class="share-bar"><a href="/share/pin">Pin it</a> <a href="/share/mail">Mail</a></div>
        <div class="recipe-layout">
        \(ingredientsBox)
        <section class="recipe-method"><h2>Method</h2>\(method.map { "<p>\($0)</p>" }.joined())</section>
        </div>
        \(sidebar)
        </main><footer><p>© 2026 The Kitchen Table</p></footer></body></html>
        """
    }

    @Test("a recipe's ingredient list in a box beside the method is body text, before the method")
    func ingredientsBesideMethod() throws {
        let html = Self.page(ingredientsBox: """
            <div class="ingredients-panel"><h2>Ingredients</h2><table>
            <tr><td>200 g</td><td>butter</td></tr><tr><td>180 g</td><td>sugar</td></tr>
            <tr><td>3</td><td>eggs</td></tr><tr><td>220 g</td><td>flour</td></tr></table></div>
            """)
        let texts = try CouncilStory.body(html).map(\.text)
        #expect(texts == ["Ingredients", "200 g\tbutter", "180 g\tsugar", "3\teggs", "220 g\tflour", "Method"] + Self.method)
    }

    @Test("an ingredient line whose name links to a shop's product is body text")
    func linkedIngredients() throws {
        let html = Self.page(ingredientsBox: """
            <div class="ingredients-panel"><ul>
            <li>200 g <a href="/shop/butter">butter, unsalted, at room temperature</a></li>
            <li>1 sachet <a href="/shop/lemon-zest">dried lemon zest from the baking shelf</a></li>
            </ul></div>
            """)
        let texts = try CouncilStory.body(html).map(\.text)
        #expect(Array(texts.prefix(2)) == ["200 g butter, unsalted, at room temperature", "1 sachet dried lemon zest from the baking shelf"])
    }

    @Test("the ingredients of another recipe in a sidebar are not body text")
    func ingredientsInSidebar() throws {
        let html = Self.page(ingredientsBox: "", sidebar: """
            <aside class="sidebar"><h3>Try this next</h3><div class="ingredients-teaser"><ul>
            <li>4 apples</li><li>100 g oats</li><li>50 g brown sugar</li></ul></div></aside>
            """)
        let texts = try CouncilStory.body(html).map(\.text)
        #expect(texts == ["Method"] + Self.method)
    }
}
