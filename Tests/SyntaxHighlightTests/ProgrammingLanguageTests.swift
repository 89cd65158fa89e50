import Testing
@testable import SyntaxHighlight

/// Expected token dumps for one snippet per language (compiled and scripting languages).

@Test func swiftSnippet() {
    let code = ##"""
        @MainActor func greet(_ name: String) -> Int {
            let x = 0x1F_FF + 3.14e-2 /* a /* nested */ comment */
            #if DEBUG
            print("hi \(name)\n", #"raw "q""#)
            return nil ?? Foo.bar
        }
        """##
    #expect(dump(code, "swift") == ##"""
        attribute(@MainActor) plain( ) keyword(func) plain( ) function(greet) punctuation(() plain(_ name) operator(:) plain( ) type(String) punctuation()) plain( ) operator(->) plain( ) type(Int) plain( ) punctuation({)
        plain(    ) keyword(let) plain( x ) operator(=) plain( ) number(0x1F_FF) plain( ) operator(+) plain( ) number(3.14e-2) plain( ) comment(/* a /* nested */ comment */)
        plain(    ) meta(#if) plain( ) type(DEBUG)
        plain(    ) function(print) punctuation(() string("hi \(name)\n") punctuation(,) plain( ) string(#"raw "q""#) punctuation())
        plain(    ) keyword(return) plain( ) constant(nil) plain( ) operator(??) plain( ) type(Foo) punctuation(.) plain(bar)
        punctuation(})
        """##)
}

@Test func pythonSnippet() {
    let code = ##"""
        #!/usr/bin/env python3
        @app.route("/x")
        def handler(self, n=1_000):
            """Doc
            string"""
            return f"{n}" if n is not None else rb'\x00'  # done
        class Foo(Base): pass
        """##
    #expect(dump(code, "py") == ##"""
        meta(#!/usr/bin/env python3)
        attribute(@app.route) punctuation(() string("/x") punctuation())
        keyword(def) plain( ) function(handler) punctuation(() plain(self) punctuation(,) plain( n) operator(=) number(1_000) punctuation()) operator(:)
        plain(    ) string("""Doc)
        string(    string""")
        plain(    ) keyword(return) plain( ) string(f"{n}") plain( ) keyword(if) plain( n ) keyword(is) plain( ) keyword(not) plain( ) constant(None) plain( ) keyword(else) plain( ) string(rb'\x00') plain(  ) comment(# done)
        keyword(class) plain( ) type(Foo) punctuation(() type(Base) punctuation()) operator(:) plain( ) keyword(pass)
        """##)
}

@Test func javascriptSnippet() {
    let code = ##"""
        const $el = `a ${x + 1}
        b`; // c
        function run(a) { return a === null ? 0.5 : new Map(); }
        """##
    #expect(dump(code, "js") == ##"""
        keyword(const) plain( $el ) operator(=) plain( ) string(`a ) variable(${x + 1})
        string(b`) punctuation(;) plain( ) comment(// c)
        keyword(function) plain( ) function(run) punctuation(() plain(a) punctuation()) plain( ) punctuation({) plain( ) keyword(return) plain( a ) operator(===) plain( ) constant(null) plain( ) operator(?) plain( ) number(0.5) plain( ) operator(:) plain( ) keyword(new) plain( ) type(Map) punctuation(();) plain( ) punctuation(})
        """##)
}

@Test func rustSnippet() {
    let code = ##"""
        #[derive(Debug)]
        fn main<'a>(x: &'a str) -> Vec<u8> {
            let c = 'x'; let r = r#"raw "s""#;
            println!("{}", x); // hi
        }
        """##
    #expect(dump(code, "rs") == ##"""
        attribute(#[derive(Debug)])
        keyword(fn) plain( ) function(main) operator(<) attribute('a) operator(>) punctuation(() plain(x) operator(:) plain( ) operator(&) attribute('a) plain( ) type(str) punctuation()) plain( ) operator(->) plain( ) type(Vec) operator(<) type(u8) operator(>) plain( ) punctuation({)
        plain(    ) keyword(let) plain( c ) operator(=) plain( ) string('x') punctuation(;) plain( ) keyword(let) plain( r ) operator(=) plain( ) string(r#"raw "s""#) punctuation(;)
        plain(    ) function(println!) punctuation(() string("{}") punctuation(,) plain( x) punctuation();) plain( ) comment(// hi)
        punctuation(})
        """##)
}

@Test func goSnippet() {
    let code = ##"""
        package main
        func (s *Server) Run(n int) error {
        	m := `raw
        line`
        	return fmt.Errorf("bad %d", n)
        }
        """##
    #expect(dump(code, "go") == ##"""
        keyword(package) plain( main)
        keyword(func) plain( ) punctuation(() plain(s ) operator(*) plain(Server) punctuation()) plain( ) function(Run) punctuation(() plain(n ) type(int) punctuation()) plain( ) type(error) plain( ) punctuation({)
        plain(	m ) operator(:=) plain( ) string(`raw)
        string(line`)
        plain(	) keyword(return) plain( fmt) punctuation(.) function(Errorf) punctuation(() string("bad %d") punctuation(,) plain( n) punctuation())
        punctuation(})
        """##)
}

@Test func cSnippet() {
    let code = ##"""
        #include <stdio.h>
        typedef struct Point { int x; } point_t;
        int main(void) { char *s = "a\"b"; return 0; }
        """##
    #expect(dump(code, "c") == ##"""
        meta(#include <stdio.h>)
        keyword(typedef) plain( ) keyword(struct) plain( ) type(Point) plain( ) punctuation({) plain( ) type(int) plain( x) punctuation(;) plain( ) punctuation(}) plain( ) type(point_t) punctuation(;)
        type(int) plain( ) function(main) punctuation(() type(void) punctuation()) plain( ) punctuation({) plain( ) type(char) plain( ) operator(*) plain(s ) operator(=) plain( ) string("a\"b") punctuation(;) plain( ) keyword(return) plain( ) number(0) punctuation(;) plain( ) punctuation(})
        """##)
}

@Test func csharpSnippet() {
    let code = ##"""
        [Serializable]
        public class Foo : IBar { var s = @"C:\path ""q"""; $"x {y}"; }
        """##
    #expect(dump(code, "cs") == ##"""
        punctuation([) type(Serializable) punctuation(])
        keyword(public) plain( ) keyword(class) plain( ) type(Foo) plain( ) operator(:) plain( ) type(IBar) plain( ) punctuation({) plain( ) keyword(var) plain( s ) operator(=) plain( ) string(@"C:\path ""q""") punctuation(;) plain( ) string($"x {y}") punctuation(;) plain( ) punctuation(})
        """##)
}

@Test func javaSnippet() {
    let code = ##"""
        @Override
        public static void main(String[] args) { List<Integer> xs = new ArrayList<>(); }
        """##
    #expect(dump(code, "java") == ##"""
        attribute(@Override)
        keyword(public) plain( ) keyword(static) plain( ) keyword(void) plain( ) function(main) punctuation(() type(String) punctuation([]) plain( args) punctuation()) plain( ) punctuation({) plain( ) type(List) operator(<) type(Integer) operator(>) plain( xs ) operator(=) plain( ) keyword(new) plain( ) type(ArrayList) operator(<>) punctuation(();) plain( ) punctuation(})
        """##)
}

@Test func kotlinSnippet() {
    let code = ##"""
        data class P(val x: Int) { fun f() = "v=$x ${x + 1}" }
        """##
    #expect(dump(code, "kt") == ##"""
        keyword(data) plain( ) keyword(class) plain( ) type(P) punctuation(() keyword(val) plain( x) operator(:) plain( ) type(Int) punctuation()) plain( ) punctuation({) plain( ) keyword(fun) plain( ) function(f) punctuation(()) plain( ) operator(=) plain( ) string("v=) variable($x) string( ) variable(${x + 1}) string(") plain( ) punctuation(})
        """##)
}

@Test func rubySnippet() {
    let code = ##"""
        class Foo < Bar
          def empty?(x) = @a.nil? && :sym && $g # c
          "s #{x} t"
        end
        """##
    #expect(dump(code, "rb") == ##"""
        keyword(class) plain( ) type(Foo) plain( ) operator(<) plain( ) type(Bar)
        plain(  ) keyword(def) plain( ) function(empty?) punctuation(() plain(x) punctuation()) plain( ) operator(=) plain( ) variable(@a) punctuation(.) plain(nil? ) operator(&&) plain( ) constant(:sym) plain( ) operator(&&) plain( ) variable($g) plain( ) comment(# c)
        plain(  ) string("s ) variable(#{x}) string( t")
        keyword(end)
        """##)
}

@Test func cppSnippet() {
    let code = ##"""
        auto s = R"x(raw ) " )x"; std::vector<int> v{1};
        """##
    #expect(dump(code, "cpp") == ##"""
        keyword(auto) plain( s ) operator(=) plain( ) string(R"x(raw ) " )x") punctuation(;) plain( ) type(std) operator(::) type(vector) operator(<) type(int) operator(>) plain( v) punctuation({) number(1) punctuation(};)
        """##)
}

@Test func typescriptSnippet() {
    let code = ##"""
        interface A { n: number; s?: string }
        type B = A | null;
        """##
    #expect(dump(code, "ts") == ##"""
        keyword(interface) plain( ) type(A) plain( ) punctuation({) plain( n) operator(:) plain( ) type(number) punctuation(;) plain( s) operator(?:) plain( ) type(string) plain( ) punctuation(})
        keyword(type) plain( ) type(B) plain( ) operator(=) plain( ) type(A) plain( ) operator(|) plain( ) constant(null) punctuation(;)
        """##)
}
