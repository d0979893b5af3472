from community_desk.domain.sorting import chinese_number, natural_key


def test_chinese_numbers() -> None:
    assert [chinese_number(t) for t in ("一", "十", "十五", "二十三", "一百零八", "三五")] == [1, 10, 15, 23, 108, 35]


def test_grids_buildings_and_rooms_sort_as_clerks_read_them() -> None:
    grids = ["第十网格", "第二网格", "第一网格", "第十一网格", "第三网格"]
    assert sorted(grids, key=natural_key) == ["第一网格", "第二网格", "第三网格", "第十网格", "第十一网格"]
    assert sorted(["10号楼", "2号楼", "幸福院", "1号楼"], key=natural_key) == ["1号楼", "2号楼", "10号楼", "幸福院"]
    assert sorted(["1001", "501", "101", "1002"], key=natural_key) == ["101", "501", "1001", "1002"]
