#!/usr/bin/env python3
"""Builds src/main/resources/demo/catalog.json from shared/data/procedures-reference.md.

Keeps the reference's values; whatever the reference marks as uncertain (unit not captured,
fee not stated, online mode unknown) is kept and explained in the procedure's `note`.
Procedures without a stated processing time or only at ministry level are left out.
Usage: python3 scripts/catalog_demo_from_reference.py /work/shared/data/procedures-reference.md
"""
import json, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/procedures-reference.md'
out = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/demo/catalog.json'

ISSUERS = [('QH', 'Quốc hội'), ('NĐ-CP', 'Chính phủ'), ('QĐ-TTg', 'Thủ tướng Chính phủ'), ('TTLT-BTP-BCA-BYT', 'Bộ Tư pháp, Bộ Công an, Bộ Y tế'),
           ('TT-BTP', 'Bộ Tư pháp'), ('TT-BTC', 'Bộ Tài chính'), ('TT-BCA', 'Bộ Công an'), ('TT-BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội')]
KINDS = {'Luật': 'Luật', 'NĐ': 'Nghị định', 'TT': 'Thông tư', 'TTLT': 'Thông tư liên tịch', 'QĐ': 'Quyết định'}
AGENCY_BY_FIELD = {'Đất đai': '22.SNNMT', 'Doanh nghiệp': '22.STC', 'Hộ tịch': '22.STP', 'Chứng thực': '22.STP', 'Lý lịch tư pháp': '22.STP', 'Xây dựng': '22.SXD'}
COMPETENT = {'commune': 'Ủy ban nhân dân cấp xã', 'province': 'Cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh',
             'ministry': 'Bộ, cơ quan ngang bộ', 'other body': 'Cơ quan, tổ chức khác theo quy định'}
RESULTS = {'Hộ tịch': 'Giấy tờ hộ tịch hoặc trích lục hộ tịch; thông tin được ghi vào Sổ hộ tịch',
           'Chứng thực': 'Bản sao, giấy tờ, văn bản, hợp đồng được chứng thực',
           'Cư trú': 'Thông tin cư trú được cập nhật trong Cơ sở dữ liệu về cư trú; thông báo kết quả',
           'Đất đai': 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc văn bản giải quyết',
           'Xây dựng': 'Giấy phép xây dựng hoặc văn bản trả lời',
           'Hộ kinh doanh': 'Giấy chứng nhận đăng ký hộ kinh doanh hoặc thông báo',
           'Doanh nghiệp': 'Giấy chứng nhận đăng ký doanh nghiệp',
           'Giảm nghèo': 'Giấy chứng nhận hộ nghèo, hộ cận nghèo hoặc danh sách công nhận',
           'Lý lịch tư pháp': 'Phiếu lý lịch tư pháp',
           'Nuôi con nuôi': 'Giấy chứng nhận nuôi con nuôi',
           'Giao thông': 'Giấy phép lái xe'}
CHANNEL_VI = {'online': 'Nộp trực tuyến', 'post': 'Nộp qua dịch vụ bưu chính', 'direct': 'Nộp trực tiếp'}
# Documents only where well known for the most common procedures; demo values to be checked.
DOCUMENTS = {
    '1.001193': [('Tờ khai đăng ký khai sinh', 1, 0, 'MANDATORY', 'to-khai-dang-ky-khai-sinh.pdf'),
                 ('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 1, 0, 'MANDATORY', None),
                 ('Văn bản ủy quyền (trường hợp ủy quyền thực hiện)', 1, 0, 'CONDITIONAL', None)],
    '1.000894': [('Tờ khai đăng ký kết hôn', 1, 0, 'MANDATORY', 'to-khai-dang-ky-ket-hon.pdf'),
                 ('Giấy xác nhận tình trạng hôn nhân (khi không thể khai thác từ cơ sở dữ liệu)', 1, 0, 'CONDITIONAL', None)],
    '1.000656': [('Tờ khai đăng ký khai tử', 1, 0, 'MANDATORY', 'to-khai-dang-ky-khai-tu.pdf'),
                 ('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 1, 0, 'MANDATORY', None)],
    '1.004873': [('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, 'MANDATORY', 'to-khai-xac-nhan-tinh-trang-hon-nhan.pdf')],
    '1.004222': [('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 'MANDATORY', 'ct01-to-khai-thay-doi-thong-tin-cu-tru.pdf'),
                 ('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1, 'MANDATORY', None)],
    '1.004194': [('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 1, 0, 'MANDATORY', 'ct01-to-khai-thay-doi-thong-tin-cu-tru.pdf'),
                 ('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1, 'MANDATORY', None)],
}

def cells(line):
    return [c.strip() for c in line.strip().strip('|').split('|')]

def legal(text):
    docs = []
    for part in text.split(';'):
        part = part.strip()
        part = re.sub(r'^fees?\s+', '', part)
        m = re.search(r'(\d+/\d{4}/[^\s,()]+)', part)
        if not m:
            continue
        number = m.group(1)
        title = part[:m.start()].strip() or next((v for k, v in KINDS.items() if number.split('/')[2].startswith(k)), 'Văn bản')
        for k, v in KINDS.items():
            if title == k:
                title = v
        issuer = next((v for k, v in ISSUERS if number.split('/')[2].startswith(k) or number.endswith(k)), None)
        if issuer is None and number.split('/')[2].startswith('QH'):
            issuer = 'Quốc hội'
        amended = re.search(r'\(amended ([^)]*)\)', part)
        docs.append({'number': number, 'date': None, 'issuer': issuer or 'Chưa xác định', 'title': title,
                     'amendedBy': amended.group(1) if amended else None})
    return docs

UNIT = {'working days': 'WORKING_DAYS', 'days': 'CALENDAR_DAYS', 'hour(s)': 'WORKING_HOURS'}

def times(text, notes):
    if text.startswith('?'):
        return None
    m = re.match(r'^(\d+) \[unit not captured', text)
    if m:
        notes.append('Thời hạn: nguồn chỉ ghi số "%s", không ghi đơn vị; tạm hiểu là ngày làm việc (CHƯA CHẮC CHẮN).' % m.group(1))
        return [(None, int(m.group(1)), 'WORKING_DAYS')]
    out = []
    for part in text.split(';'):
        part = part.strip()
        m = re.match(r'^(?:([a-z/]+): )?(\d+) (working days|days|hour\(s\))$', part)
        if not m:
            raise SystemExit('time not understood: ' + text)
        out.append((m.group(1), int(m.group(2)), UNIT[m.group(3)]))
    if any(u == 'CALENDAR_DAYS' for _, _, u in out):
        notes.append('Thời hạn: nguồn ghi "ngày", không nói rõ ngày làm việc; tạm tính là ngày theo lịch (CHƯA CHẮC CHẮN).')
    if any(u == 'WORKING_HOURS' for _, _, u in out):
        notes.append('Thời hạn: nguồn ghi "giờ"; tạm tính là giờ làm việc (CHƯA CHẮC CHẮN).')
    labels = [c for c, _, _ in out if c]
    if len(labels) != len(set(labels)):
        notes.append('Thời hạn: nguồn ghi hai thời hạn cho cùng một kênh nộp; giữ nguyên cả hai (CHƯA CHẮC CHẮN).')
    return out

def fee(text, notes):
    t = text
    if 'HĐND' in t or 'set by provincial' in t.lower():
        exempt = None
        m = re.search(r'exempt: ([^;]*)', t)
        if m:
            exempt = m.group(1).replace('gia đình có công', 'gia đình người có công với cách mạng').replace('hộ nghèo', 'người thuộc hộ nghèo')
        desc = 'Lệ phí theo mức do Hội đồng nhân dân tỉnh quy định'
        if 'TT 85/2019' in t:
            desc += ' (Thông tư 85/2019/TT-BTC)'
        if 'đúng hạn' in t:
            exempt = (exempt + '; ' if exempt else '') + 'đăng ký đúng hạn'
        if re.search(r'\d{2,3},000', t):
            desc += '; cổng dịch vụ công ghi: ' + t
            notes.append('Lệ phí: số tiền hiển thị trên cổng không thống nhất (CHƯA CHẮC CHẮN).')
        return {'kind': 'SET_BY_PROVINCE', 'amountVnd': None, 'description': desc, 'exemptions': exempt}
    if t.startswith('Free') or t.startswith('Miễn') or t == 'Không quy định (none)':
        return {'kind': 'FREE', 'amountVnd': 0, 'description': 'Miễn lệ phí' + ('; ' + t.split(';', 1)[1].strip() if ';' in t and 'copy' not in t and 'exempt' not in t else ''), 'exemptions': None}
    if t.startswith('?'):
        notes.append('Phí, lệ phí: nguồn không ghi (CHƯA CHẮC CHẮN).')
        return {'kind': 'NOT_STATED', 'amountVnd': None, 'description': 'Chưa ghi nhận được mức phí, lệ phí', 'exemptions': None}
    m = re.match(r'^(?:Lệ phí |Direct )?([\d,]+) ₫', t)
    if m:
        amount = int(m.group(1).replace(',', ''))
        if amount == 0:
            notes.append('Phí, lệ phí: cổng ghi 0 ₫, không có nghĩa là miễn phí theo luật (CHƯA CHẮC CHẮN). Nguồn: ' + t)
            return {'kind': 'NOT_STATED', 'amountVnd': None, 'description': 'Cổng dịch vụ công không ghi số tiền', 'exemptions': None}
        exempt = None
        em = re.search(r'exempt(?:ions)?:? ([^;]*)', t)
        if em:
            exempt = em.group(1)
        if t != m.group(0):
            notes.append('Phí, lệ phí (nguồn tham khảo): ' + t)
        return {'kind': 'AMOUNT', 'amountVnd': amount, 'description': 'Lệ phí', 'exemptions': exempt}
    notes.append('Phí, lệ phí (nguồn tham khảo, chưa có số tiền cố định): ' + t)
    return {'kind': 'NOT_STATED', 'amountVnd': None, 'description': 'Theo quy định của pháp luật về phí, lệ phí', 'exemptions': None}

def shares(total):
    # receive, appraise, approve, return: weights 1, 6, 2, 1 rounded down to hundredths
    return [int(total * w * 10) / 100 for w in (1, 6, 2, 1)]

procs = []
for line in open(src, encoding='utf-8'):
    if not re.match(r'^\| \d\.\d{6} \|', line):
        continue
    code, name, field, level, time, fees, basis, online, source = cells(line)
    levels = [l.strip() for l in level.split('+')]
    if 'commune' not in levels and 'province' not in levels:
        continue
    notes = []
    t = times(time, notes)
    if t is None:
        continue
    field_short = field.split(' (')[0]
    channels = re.search(r'channels listed: ([^)]*)', online).group(1).split(', ')
    mode = 'PARTIAL' if 'online' in channels else 'IN_PERSON'
    notes.append('Mức độ dịch vụ công trực tuyến: nguồn không ghi; suy ra từ các kênh nộp hồ sơ (CHƯA CHẮC CHẮN).')
    f = fee(fees, notes)
    cases = []
    if len(t) == 1 and t[0][0] is None:
        cases.append({'name': 'Trường hợp chung', 'time': {'amount': t[0][1], 'unit': t[0][2]}, 'fees': [f]})
    else:
        for ch, amount, unit in t:
            label = ' / '.join(CHANNEL_VI[c] for c in ch.split('/')) if ch else 'Trường hợp chung'
            cases.append({'name': label, 'time': {'amount': amount, 'unit': unit}, 'fees': [f]})
    units = {c['time']['unit'] for c in cases}
    unit = sorted(units)[0]
    total = min(c['time']['amount'] for c in cases if c['time']['unit'] == unit)
    s = shares(total)
    agency_levels = []
    if 'commune' in levels:
        agency_levels.append('COMMUNE')
    if 'province' in levels:
        agency_levels.append('DEPARTMENT')
    codes = [AGENCY_BY_FIELD[field_short]] if 'province' in levels and field_short in AGENCY_BY_FIELD else []
    returns = [c.upper() for c in channels]
    if 'ONLINE' in returns:
        returns = ['DIRECT', 'POST', 'ONLINE'] if 'POST' in returns else ['DIRECT', 'ONLINE']
    docs = [{'name': n, 'originals': o, 'copies': c, 'requirement': r, 'formTemplate': ft} for n, o, c, r, ft in DOCUMENTS.get(code, [])]
    if not docs:
        notes.append('Thành phần hồ sơ: chưa nhập trong dữ liệu mẫu; xem Cổng dịch vụ công quốc gia.')
    else:
        notes.append('Thành phần hồ sơ: dữ liệu mẫu, cần đối chiếu với quyết định công bố.')
    decision = re.search(r'QĐ công bố ([^)]*)', source)
    url = re.search(r'(https://\S+)', source).group(1)
    procs.append({
        'code': code, 'name': name.rstrip(':').rstrip('.').strip(), 'field': field_short,
        'levels': [l.upper().replace(' ', '_') for l in levels],
        'competentAgency': '; '.join(COMPETENT[l] for l in levels),
        'legalBasis': legal(basis), 'cases': cases, 'documents': docs,
        'result': RESULTS.get(field_short, 'Kết quả giải quyết thủ tục hành chính'),
        'onlineMode': mode, 'returnChannels': returns,
        'process': {'unit': unit, 'demoDefault': True, 'steps': [
            {'name': 'Tiếp nhận hồ sơ tại Bộ phận Một cửa', 'role': 'ONE_STOP_OFFICER', 'unitType': 'ONE_STOP_DESK', 'share': s[0]},
            {'name': 'Chuyên viên thẩm định hồ sơ', 'role': 'SPECIALIST', 'unitType': 'SPECIALISED_UNIT', 'share': s[1]},
            {'name': 'Lãnh đạo xem xét, phê duyệt', 'role': 'AGENCY_LEADER', 'unitType': 'LEADERSHIP', 'share': s[2]},
            {'name': 'Trả kết quả tại Bộ phận Một cửa', 'role': 'ONE_STOP_OFFICER', 'unitType': 'ONE_STOP_DESK', 'share': s[3]}]},
        'applicability': {'agencyLevels': agency_levels, 'agencyCodes': codes},
        'note': ' '.join(notes) + ' Quy trình nội bộ là mặc định của dữ liệu mẫu.',
        'source': url + (' (QĐ công bố ' + decision.group(1) + ')' if decision else ''),
    })

json.dump({'generatedFrom': 'shared/data/procedures-reference.md', 'procedures': procs}, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(procs), 'procedures')
