# Compiled from templates/notice.html.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notice.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_t = resolve('t')
    l_0_notice = resolve('notice')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(('zh-CN' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'zh') else 'en'))
    yield '">\n<head>\n<meta charset="utf-8">\n<title>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.title'))
    yield ' · '
    yield escape(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'unit_name'))
    yield '</title>\n<style>\n  body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; color: #1f2328;\n         font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC",\n                      "SimSun", serif;\n         font-size: 15px; line-height: 1.8; }\n  h1 { text-align: center; font-family: "SimHei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;\n       font-size: 1.6rem; letter-spacing: .2em; }\n  table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }\n  th, td { border: 1px solid #555; padding: .3rem .45rem; vertical-align: top; text-align: left; }\n  th { white-space: nowrap; }\n  td.num { text-align: right; white-space: nowrap; }\n  td.nowrap { white-space: nowrap; }\n  .overdue { color: #b42318; font-weight: 600; }\n  .sign { text-align: right; margin-top: 2.5rem; }\n  /* Print (A4), as the report prints: page numbers, the header repeated, no\n     row split, no page holding a table\'s single first or last row. */\n  @page { size: A4; margin: 25mm 20mm;\n          @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; } }\n  @media print { body { max-width: none; padding: 0; } tr { break-inside: avoid; }\n                 thead { display: table-header-group; }\n                 .moved { display: block; white-space: normal; }\n                 tbody tr:first-child { break-after: avoid; }\n                 tbody tr:last-child { break-before: avoid; }\n                 p { orphans: 2; widows: 2; } .sign { break-inside: avoid; break-before: avoid; } }\n</style>\n</head>\n<body>\n<h1>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.title'))
    yield '</h1>\n<p>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.to', unit=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'unit_name')))
    yield '</p>\n<p>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.body', plan=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'plan_title'), as_of=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'as_of')), overdue=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'overdue'), due_soon=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'due_soon'), reply_by=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'reply_by')), issuer=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'issuer')))
    yield '</p>\n<table>\n  <thead><tr><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.no'))
    yield '</th><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req'))
    yield '</th><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text'))
    yield '</th><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period'))
    yield '</th><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due'))
    yield '</th><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.status'))
    yield '</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_ln, l_1_loop in LoopContext(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'lines'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><td class="num">'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '</td><td class="nowrap">'
        yield escape(environment.getattr(l_1_ln, 'req'))
        yield '</td><td>'
        if (t_2(environment.getattr(l_1_loop, 'previtem')) and (environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'req') == environment.getattr(l_1_ln, 'req'))):
            pass
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.same_as_above', _loop_vars=_loop_vars))
        else:
            pass
            yield escape(environment.getattr(l_1_ln, 'text'))
        yield '</td><td class="nowrap">'
        yield escape((environment.getattr(l_1_ln, 'period') or ''))
        yield '</td><td class="nowrap">'
        yield escape(t_1(environment.getattr(l_1_ln, 'due')))
        if environment.getattr(l_1_ln, 'moved'):
            pass
            yield '<span class="moved">'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.last_workday', day=t_1(environment.getattr(l_1_ln, 'last_workday')), _loop_vars=_loop_vars))
            yield '</span>'
        yield '</td>\n      <td class="nowrap'
        yield escape((' overdue' if (environment.getattr(l_1_ln, 'status') == 'overdue') else cond_expr_undefined("the inline if-expression on line 43 in 'notice.html.j2' evaluated to false and no else section was defined.")))
        yield '">'
        if (environment.getattr(l_1_ln, 'status') == 'overdue'):
            pass
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.days_late', n=environment.getattr(l_1_ln, 'days_late'), _loop_vars=_loop_vars))
        elif t_3(environment.getattr(l_1_ln, 'days_left')):
            pass
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'status.due_on', due=t_1(environment.getattr(l_1_ln, 'due')), _loop_vars=_loop_vars))
        else:
            pass
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.days_left', n=environment.getattr(l_1_ln, 'days_left'), _loop_vars=_loop_vars))
        yield '</td></tr>\n'
    l_1_loop = l_1_ln = missing
    yield '  </tbody>\n</table>\n<p>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.reply', reply_by=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'reply_by'))))
    yield '</p>\n<p class="sign">'
    yield escape(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'issuer'))
    yield '<br>'
    yield escape(t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'as_of')))
    yield '</p>\n</body>\n</html>\n'

blocks = {}
debug_info = '4=33&7=35&35=39&36=41&37=43&39=45&41=58&42=62&43=82&47=96&48=98'
zwgk_source = 'e9f1dcadd314e9c3e2c27c4383dc7ec2134dafee047decc6e9858af53d2d0bc2'
zwgk_jinja = '3.1.6'
