//! The shape of the tree, checked on every run (ARCHITECTURE.md says why): no import cycles
//! between files, every import points down the layers, and the domain stays pure.
//!
//! Imports are read from the source text (`use` items and inline `crate::` / `super::`
//! paths), which is what a reader sees; a child using its parent's items is how Rust modules
//! are built, not a loop.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A file may import its own layer and the ones below, never above.
const LAYERS: &[&[&str]] = &[
    &["domain"],
    &["config", "crypto", "assets"],
    &["observe", "store", "ai", "i18n", "pdf"],
    &["chart_image", "tarot_image", "app"],
    &["services", "supabase"],
    &["jobs"],
    &["telegram", "http", "sim"],
    &["cli"],
];

/// Crates that belong to adapters: the domain never names them.
const ADAPTER_CRATES: &[&str] = &[
    "teloxide",
    "rusqlite",
    "reqwest",
    "tokio",
    "axum",
    "refinery",
    "genpdf",
    "tiny_skia",
];

type Module = Vec<String>;

fn layer_of(m: &Module) -> Option<usize> {
    let top = m.first()?;
    LAYERS.iter().position(|l| l.contains(&top.as_str()))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/telegram/handlers/mod.rs` → `telegram::handlers`.
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Drops comments and string literals, so a path in a doc comment or a message is not an
/// import.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for n in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if n == '\\' {
                        escaped = true;
                    } else if n == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(body: &str) -> Vec<String> {
    let body = body.trim();
    let Some(open) = body.find('{') else {
        return vec![body.to_string()];
    };
    let (prefix, inner) = (&body[..open], &body[open + 1..body.len().saturating_sub(1)]);
    let (mut parts, mut depth, mut cur) = (Vec::new(), 0, String::new());
    for ch in inner.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if ch == ',' && depth == 0 {
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    parts.push(cur);
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |x| format!("{prefix}{x}")))
        .collect()
}

/// Every path the file names, as written.
fn paths_in(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before_ok = at == 0
            || !rest[..at]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[at + 4..];
        if let (true, Some(end)) = (before_ok, rest.find(';')) {
            paths.extend(expand(&rest[..end]));
        }
    }
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let i = from + i;
            let path: String = code[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path.trim_end_matches(':').to_string());
            from = i + start.len();
        }
    }
    paths
}

/// The known module a path lands in (its longest known prefix).
fn resolve(path: &str, me: &Module, known: &BTreeSet<Module>) -> Option<Module> {
    let path = path.split(" as ").next().unwrap_or(path).trim();
    let segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let (base, rest): (Module, &[&str]) = match segs.first()? {
        &"crate" => (Vec::new(), &segs[1..]),
        &"super" => {
            let mut b = me.clone();
            b.pop();
            let mut r = &segs[1..];
            while r.first() == Some(&"super") {
                b.pop();
                r = &r[1..];
            }
            (b, r)
        }
        &"self" => (me.clone(), &segs[1..]),
        first => {
            let mut child = me.clone();
            child.push(first.to_string());
            if !known.contains(&child) {
                return None;
            }
            (me.clone(), &segs[..])
        }
    };
    let mut target = base;
    target.extend(rest.iter().map(|s| s.to_string()));
    while !target.is_empty() && !known.contains(&target) {
        target.pop();
    }
    (!target.is_empty() && &target != me).then_some(target)
}

struct Tree {
    /// module → modules it imports (a child's imports of its ancestors left out).
    edges: BTreeMap<Module, BTreeSet<Module>>,
    /// module → the code it holds.
    code: BTreeMap<Module, String>,
}

fn read_tree() -> Tree {
    // `ARCH_SRC` points the checks at another tree (to see them fail on an old one).
    let src = std::env::var_os("ARCH_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut code = BTreeMap::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        code.insert(module_of(&src, f), code_only(&text));
    }
    let known: BTreeSet<Module> = code.keys().cloned().collect();
    let mut edges = BTreeMap::new();
    for (me, text) in &code {
        let targets: BTreeSet<Module> = paths_in(text)
            .iter()
            .filter_map(|p| resolve(p, me, &known))
            .filter(|t| !me.starts_with(t))
            .collect();
        edges.insert(me.clone(), targets);
    }
    Tree { edges, code }
}

/// Strongly connected groups of two or more files (Tarjan).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct State<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on: BTreeSet<&'a Module>,
        next: usize,
        found: Vec<Vec<Module>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a Module) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on.insert(v);
        if let Some(targets) = s.edges.get(v) {
            for w in targets {
                let Some((w, _)) = s.edges.get_key_value(w) else {
                    continue;
                };
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let lw = s.low[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(lw));
                } else if s.on.contains(w) {
                    let iw = s.index[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(iw));
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                group.push(w.clone());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                s.found.push(group);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.found
}

fn name(m: &Module) -> String {
    m.join("::")
}

#[test]
fn there_are_no_import_cycles_between_files() {
    let tree = read_tree();
    let imports: usize = tree.edges.values().map(BTreeSet::len).sum();
    assert!(imports > 500, "the reader found only {imports} imports");
    let found = cycles(&tree.edges);
    let shown: Vec<String> = found
        .iter()
        .map(|g| g.iter().map(name).collect::<Vec<_>>().join(" → "))
        .collect();
    assert!(shown.is_empty(), "import cycles:\n{}", shown.join("\n"));
}

#[test]
fn every_import_points_down_the_layers() {
    let tree = read_tree();
    let mut up = Vec::new();
    for (me, targets) in &tree.edges {
        let Some(mine) = layer_of(me) else {
            continue;
        };
        for t in targets {
            match layer_of(t) {
                Some(theirs) if theirs > mine => {
                    up.push(format!("{} → {}", name(me), name(t)));
                }
                _ => {}
            }
        }
    }
    assert!(up.is_empty(), "imports reaching up:\n{}", up.join("\n"));
    // Every top-level module has a layer, so a new one must be placed deliberately.
    for m in tree.code.keys() {
        if !m.is_empty() {
            assert!(layer_of(m).is_some(), "{} has no layer", name(m));
        }
    }
}

#[test]
fn the_domain_is_pure() {
    let tree = read_tree();
    let mut impure = Vec::new();
    for (me, code) in &tree.code {
        if me.first().map(String::as_str) != Some("domain") {
            continue;
        }
        for t in &tree.edges[me] {
            if t.first().map(String::as_str) != Some("domain") {
                impure.push(format!("{} imports {}", name(me), name(t)));
            }
        }
        let body = code.split("#[cfg(test)]").next().unwrap_or_default();
        for c in ADAPTER_CRATES {
            if body.contains(&format!("{c}::")) {
                impure.push(format!("{} uses {c}", name(me)));
            }
        }
    }
    assert!(impure.is_empty(), "{}", impure.join("\n"));
}

#[test]
fn the_checker_sees_a_cycle_and_an_upward_import() {
    // The checks above mean something only if they can fail.
    let m = |s: &str| s.split("::").map(str::to_string).collect::<Module>();
    let mut edges = BTreeMap::new();
    edges.insert(m("store::a"), BTreeSet::from([m("store::b")]));
    edges.insert(m("store::b"), BTreeSet::from([m("store::a")]));
    edges.insert(m("services::c"), BTreeSet::from([m("telegram::d")]));
    edges.insert(m("telegram::d"), BTreeSet::new());
    assert_eq!(cycles(&edges).len(), 1);
    assert!(layer_of(&m("services::c")) < layer_of(&m("telegram::d")));
    let known: BTreeSet<Module> = edges.keys().cloned().collect();
    assert_eq!(
        resolve("super::b::Thing", &m("store::a"), &known),
        Some(m("store::b"))
    );
    assert_eq!(
        paths_in(&code_only("use crate::x::{y, z::w}; // crate::nope\n")),
        vec!["crate::x::y", "crate::x::z::w", "crate::x::"]
            .into_iter()
            .map(|s| s.trim_end_matches(':').to_string())
            .collect::<Vec<_>>()
    );
}
