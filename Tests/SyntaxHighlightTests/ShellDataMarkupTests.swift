import Testing
@testable import SyntaxHighlight

/// Expected token dumps for one snippet per language (shells, data, markup and logs).

@Test func bashSnippet() {
    let code = ##"""
        #!/bin/bash
        export FOO="bar $HOME ${X:-1}" # note
        if [ -f /etc/x ]; then apt-get install -y --no-recommends curl; fi
        cat <<-'EOF2' > out
        	body $NOT
        	EOF2
        echo $# done
        """##
    #expect(dump(code, "sh") == ##"""
        meta(#!/bin/bash)
        keyword(export) plain( ) variable(FOO) operator(=) string("bar ) variable($HOME) string( ) variable(${X:-1}) string(") plain( ) comment(# note)
        keyword(if) plain( ) punctuation([) plain( -f /etc/x ) punctuation(];) plain( ) keyword(then) plain( ) function(apt-get) plain( install -y --no-recommends ) function(curl) punctuation(;) plain( ) keyword(fi)
        function(cat) plain( ) operator(<<-) meta('EOF2') plain( ) operator(>) plain( out)
        string(	body $NOT)
        plain(	) meta(EOF2)
        function(echo) plain( ) variable($#) plain( ) keyword(done)
        """##)
}

@Test func sqlSnippet() {
    let code = ##"""
        SELECT id, COUNT(*) AS n FROM users -- all
        WHERE name = 'O''Brien' AND age > 30;
        """##
    #expect(dump(code, "sql") == ##"""
        keyword(SELECT) plain( id) punctuation(,) plain( ) function(COUNT) punctuation(() operator(*) punctuation()) plain( ) keyword(AS) plain( n ) keyword(FROM) plain( users ) comment(-- all)
        keyword(WHERE) plain( name ) operator(=) plain( ) string('O''Brien') plain( ) keyword(AND) plain( age ) operator(>) plain( ) number(30) punctuation(;)
        """##)
}

@Test func dockerfileSnippet() {
    let code = ##"""
        FROM swift:6.0 AS build
        # comment
        RUN swift build -c release && \
            echo "$PATH"
        ENV A=1
        """##
    #expect(dump(code, "dockerfile") == ##"""
        keyword(FROM) plain( ) function(swift) plain(:) number(6.0) plain( ) keyword(AS) plain( build)
        comment(# comment)
        keyword(RUN) plain( ) function(swift) plain( build -c release ) operator(&&) plain( \)
        plain(    ) function(echo) plain( ) string(") variable($PATH) string(")
        keyword(ENV) plain( ) variable(A) operator(=) number(1)
        """##)
}

@Test func diffSnippet() {
    let code = ##"""
        diff --git a/x b/x
        --- a/x
        +++ b/x
        @@ -1,2 +1,2 @@
         same
        -old
        +new
        --- removed dashes
        """##
    #expect(dump(code, "diff") == ##"""
        meta(diff --git a/x b/x)
        meta(--- a/x)
        meta(+++ b/x)
        meta(@@ -1,2 +1,2 @@)
        plain( same)
        deleted(-old)
        inserted(+new)
        deleted(--- removed dashes)
        """##)
}

@Test func logSnippet() {
    let code = ##"""
        2024-05-01 10:00:00.123 ERROR [main] failed to open "x.txt" after 12ms
        2024-05-01T10:00:01Z WARN retry=3 level=info
        INFO done true
        """##
    #expect(dump(code, "log") == ##"""
        number(2024-05-01 10:00:00.123) plain( ) deleted(ERROR) plain( ) punctuation([) plain(main) punctuation(]) plain( failed to open ) string("x.txt") plain( after ) number(12ms)
        number(2024-05-01T10:00:01Z) plain( ) attribute(WARN) plain( ) attribute(retry) operator(=) number(3) plain( ) attribute(level) operator(=) keyword(info)
        keyword(INFO) plain( done ) constant(true)
        """##)
}

@Test func yamlSnippet() {
    let code = ##"""
        ---
        # config
        name: "demo" # trailing
        on: [push, {branch: main}]
        steps:
          - uses: actions/checkout@v4
            with:
              run: |
                echo hi
                echo there
            env: &base
              n: 3
              f: .5
              x: ~
        """##
    #expect(dump(code, "yaml") == ##"""
        meta(---)
        comment(# config)
        attribute(name) punctuation(:) plain( ) string("demo") plain( ) comment(# trailing)
        attribute(on) punctuation(:) plain( ) punctuation([) string(push) punctuation(,) plain( ) punctuation({) attribute(branch) punctuation(:) plain( ) string(main) punctuation(}])
        attribute(steps) punctuation(:)
        plain(  ) punctuation(-) plain( ) attribute(uses) punctuation(:) plain( ) string(actions/checkout@v4)
        plain(    ) attribute(with) punctuation(:)
        plain(      ) attribute(run) punctuation(:) plain( ) operator(|)
        plain(        ) string(echo hi)
        plain(        ) string(echo there)
        plain(    ) attribute(env) punctuation(:) plain( ) variable(&base)
        plain(      ) attribute(n) punctuation(:) plain( ) number(3)
        plain(      ) attribute(f) punctuation(:) plain( ) number(.5)
        plain(      ) attribute(x) punctuation(:) plain( ) constant(~)
        """##)
}

@Test func jsonSnippet() {
    let code = ##"""
        {"a": [1, -2.5e3, true, null], "b": "x\"y"}
        """##
    #expect(dump(code, "json") == ##"""
        punctuation({) attribute("a") punctuation(:) plain( ) punctuation([) number(1) punctuation(,) plain( ) number(-2.5e3) punctuation(,) plain( ) constant(true) punctuation(,) plain( ) constant(null) punctuation(],) plain( ) attribute("b") punctuation(:) plain( ) string("x\"y") punctuation(})
        """##)
}

@Test func tomlSnippet() {
    let code = ##"""
        [package]
        name = "x" # c
        version = 1.2
        [[bin]]
        """##
    #expect(dump(code, "toml") == ##"""
        type([package])
        attribute(name) plain( ) operator(=) plain( ) string("x") plain( ) comment(# c)
        attribute(version) plain( ) operator(=) plain( ) number(1.2)
        type([[bin]])
        """##)
}

@Test func htmlSnippet() {
    let code = ##"""
        <!DOCTYPE html>
        <!-- c -->
        <a href="x" class=y disabled>T &amp; U</a><br/>
        """##
    #expect(dump(code, "html") == ##"""
        meta(<!DOCTYPE html>)
        comment(<!-- c -->)
        punctuation(<) keyword(a) plain( ) attribute(href) operator(=) string("x") plain( ) attribute(class) operator(=) string(y) plain( ) attribute(disabled) punctuation(>) plain(T ) constant(&amp;) plain( U) punctuation(</) keyword(a) punctuation(><) keyword(br) punctuation(/>)
        """##)
}

@Test func cssSnippet() {
    let code = ##"""
        @media (max-width: 600px) { .a > #b:hover { color: #fff; margin: -1px 0 !important; } }
        """##
    #expect(dump(code, "css") == ##"""
        keyword(@media) plain( ) punctuation(() keyword(max-width) punctuation(:) plain( ) number(600px) punctuation()) plain( ) punctuation({) plain( ) type(.a) plain( ) operator(>) plain( ) type(#b) meta(:hover) plain( ) punctuation({) plain( ) attribute(color) punctuation(:) plain( ) number(#fff) punctuation(;) plain( ) attribute(margin) punctuation(:) plain( ) number(-1px) plain( ) number(0) plain( ) keyword(!important) punctuation(;) plain( ) punctuation(}) plain( ) punctuation(})
        """##)
}

@Test func mermaidSnippet() {
    let code = ##"""
        flowchart LR
          %% comment
          A[Start here] -->|yes| B((Round))
          B --> C{Decide?}
          classDef hot fill:#f00
        """##
    #expect(dump(code, "mermaid") == ##"""
        keyword(flowchart) plain( ) constant(LR)
        plain(  ) comment(%% comment)
        plain(  A) punctuation([) string(Start here) punctuation(]) plain( ) operator(-->) punctuation(|) string(yes) punctuation(|) plain( B) punctuation((() string(Round) punctuation()))
        plain(  B ) operator(-->) plain( C) punctuation({) string(Decide?) punctuation(})
        plain(  ) keyword(classDef) plain( hot fill) operator(:) plain(#f00)
        """##)
}

@Test func consoleSnippet() {
    let code = ##"""
        $ ls -la \
          /tmp
        total 0
        # apt-get install x
        """##
    #expect(dump(code, "console") == ##"""
        meta($ ) plain(ls -la \)
        plain(  /tmp)
        plain(total 0)
        meta(# ) function(apt-get) plain( install x)
        """##)
}
@Test func iniSnippet() {
    let code = """
        ; comment
        [core]
        editor = vim # trailing comment
        bare: yes
        """
    #expect(marked(code, "ini") == """
        comment(; comment)
        type([core])
        attribute(editor) operator(=) comment(# trailing comment)
        attribute(bare) punctuation(:) constant(yes)
        """)
}
